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
        URL url = MigrationVersions.class.getClassLoader().getResource("db/migration");
        if (url == null) {
            throw new IllegalStateException("no db/migration on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return highest(Path.of(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return highest(fs.getPath("db/migration"));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations: " + e.getMessage(), e);
        }
    }

    private static int highest(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> VERSIONED.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
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
