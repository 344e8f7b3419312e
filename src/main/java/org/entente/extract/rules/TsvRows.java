package org.entente.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of the project's tab-separated data files: the header line, blank lines and {@code #} comments skipped. */
public final class TsvRows {
    private TsvRows() {
    }

    /** The rows of a class-path resource, e.g. {@code entente/rules/cities.tsv}. */
    public static List<String[]> ofResource(String resource) {
        return parse(read(resource));
    }

    static List<String[]> parse(byte[] bytes) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static byte[] read(String resource) {
        try (InputStream in = TsvRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
