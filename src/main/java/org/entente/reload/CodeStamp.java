package org.entente.reload;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The stat of the jar a class was loaded from, as "path size mtime": same stamp, same rules. */
public final class CodeStamp {
    private CodeStamp() {
    }

    /** The stamp of {@code type}'s jar, or null when it was not loaded from a jar file. */
    public static String of(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            BasicFileAttributes attrs = Files.readAttributes(jar, BasicFileAttributes.class);
            return jar.toRealPath() + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
