package org.entente.db;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The schema version this jar's migrations lead to, read from the {@code db/migration} files it carries. */
final class MigrationVersions {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationVersions() {
    }

    /** The highest V number among the migrations on the class path. */
    static int expected() {
        return highest(scripts().keySet());
    }

    /** The migration scripts on the class path, by file name, with their text. */
    static Map<String, String> scripts() {
        URL url = MigrationVersions.class.getClassLoader().getResource("db/migration");
        if (url == null) {
            throw new IllegalStateException("no db/migration on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return read(fs.getPath("db/migration"));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations: " + e.getMessage(), e);
        }
    }

    private static int highest(java.util.Collection<String> names) {
        return names.stream().map(VERSIONED::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> scripts = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.put(p.getFileName().toString(), Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return scripts;
    }

    /** Why the version could not be read: no warehouse here, one from before V10, or a connection problem. */
    static String unreadable(Exception e, Warehouse warehouse) {
        String state = e instanceof java.sql.SQLException s ? s.getSQLState()
                : e instanceof org.jooq.exception.DataAccessException d ? d.sqlState() : null;
        if ("42P01".equals(state) || "3F000".equals(state)) {
            return "no warehouse of this version in " + warehouse.printableUrl() + " (reporting.warehouse_version "
                    + "is missing: an empty database, or one at version 9 or older; this jar expects " + expected()
                    + "): run reload";
        }
        return "cannot read the warehouse version in " + warehouse.printableUrl() + ": " + e.getMessage();
    }
}
