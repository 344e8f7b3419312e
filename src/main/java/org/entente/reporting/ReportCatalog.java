package org.entente.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The reports shipped under {@code entente/reports/*.sql} on the class path, in the jar or in a build tree. */
public final class ReportCatalog {
    private static final String FOLDER = "entente/reports";

    private ReportCatalog() {
    }

    /** Every report, by name. */
    public static List<Report> all() {
        return names().stream().map(n -> find(n).orElseThrow()).toList();
    }

    /** The report called {@code name} (its file name without {@code .sql}), if there is one. */
    public static Optional<Report> find(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        try (InputStream in = ReportCatalog.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name + ".sql")) {
            return in == null ? Optional.empty()
                    : Optional.of(Report.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + name, e);
        }
    }

    static List<String> names() {
        URL folder = ReportCatalog.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            try (FileSystem jar = openJar(uri)) {
                return list(jar.getPath(FOLDER));
            } catch (UnsupportedOperationException alreadyOpen) {
                return list(FileSystems.getFileSystem(uri).getPath(FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the reports", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        }
    }
}
