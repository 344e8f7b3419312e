package org.entente.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of the project's tab-separated data files: {@code #} comments, blank lines and the header line (the first other line) skipped. */
public final class TsvRows {
    private TsvRows() {
    }

    /** The rows of a class-path resource, e.g. {@code entente/rules/cities.tsv}. */
    public static List<String[]> ofResource(String resource) {
        return parse(read(resource));
    }

    static List<String[]> parse(byte[] bytes) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            line = line.replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the column names: the first line that is not a comment
            } else {
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
