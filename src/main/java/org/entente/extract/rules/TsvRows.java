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
        parseLines("", bytes).forEach(line -> rows.add(line.cells()));
        return rows;
    }

    /** The data lines of a file with their line numbers, counted from 1. */
    static List<RuleLine> parseLines(String file, byte[] bytes) {
        List<RuleLine> rows = new ArrayList<>();
        boolean header = true;
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the column names: the first line that is not a comment
            } else {
                rows.add(new RuleLine(file, i + 1, line.split("\t", -1)));
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
