package org.entente.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the optional first-line header {@code " date YYYY-MM[-DD] rest of line"}. */
final class HeaderParser {
    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d[\\d-]*)(?=[ \\t\\n]|\\z)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final int MAX_TITLE = 200;

    private HeaderParser() {
    }

    static Article parse(String sourceFile, String sha256, String whole) throws CorpusException {
        Matcher header = HEADER.matcher(whole);
        if (!header.find()) {
            return new Article(sourceFile, sha256, null, null, titleOf(whole), whole);
        }
        Matcher date = DATE.matcher(header.group(1));
        if (!date.matches()) {
            throw new CorpusException(sourceFile, "malformed date header '" + header.group(1).strip()
                    + "' (expected YYYY-MM or YYYY-MM-DD)");
        }
        LocalDate published;
        DatePrecision precision = date.group(3) == null ? DatePrecision.MONTH : DatePrecision.DAY;
        try {
            published = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    date.group(3) == null ? 1 : Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            throw new CorpusException(sourceFile, "malformed date header '" + header.group(1) + "': "
                    + e.getMessage());
        }
        if (!PlausibleDates.contains(published)) {
            throw new CorpusException(sourceFile, "implausible date header '" + header.group(1) + "' (accepted: "
                    + PlausibleDates.describe() + ")");
        }
        String text = whole.substring(header.end()).stripLeading();
        if (text.isBlank()) {
            throw new CorpusException(sourceFile, "date header with no article text");
        }
        return new Article(sourceFile, sha256, published, precision, titleOf(text), text);
    }

    /** The first line that reads like a title: short, and not a photo credit. */
    private static String titleOf(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.regionMatches(true, 0, "photo", 0, 5)) {
                continue;
            }
            return t.length() <= MAX_TITLE ? t : null;
        }
        return null;
    }
}
