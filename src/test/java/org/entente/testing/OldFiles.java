package org.entente.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Ages a test corpus: a file modified within two seconds of a scan is racily clean (its stat is not
 * recorded, so a later reload records it), which made "the second reload changes nothing" depend on
 * how fast the machine ran the first one.
 */
public final class OldFiles {
    private OldFiles() {
    }

    /** Sets every regular file under these directories to a modification time a minute ago. */
    public static void age(Path... dirs) throws IOException {
        FileTime minuteAgo = FileTime.from(Instant.now().minusSeconds(60));
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(f, minuteAgo);
                }
            }
        }
    }
}
