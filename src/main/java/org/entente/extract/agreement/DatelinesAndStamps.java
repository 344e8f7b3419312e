package org.entente.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a text gives for when it was reported or published, a dateline's ("Tachkent, 19 avr. (Agence) --")
 * or a page's publication stamp's ("Date de publication : 12/06/2023"): they date no event.
 */
final class DatelinesAndStamps {
    /** Most characters a dateline or a weekday with its day spans, from where it starts. */
    static final int REFERENCE_REACH = 100;
    /** Most characters from a line's start to a dateline's day. */
    private static final int DATELINE_REACH = 48;
    /** A line opening on a date in figures and an hour, perhaps in brackets: "[23/12/2008 18:30:05] RIO (AFP)". */
    private static final Pattern NUMERIC_STAMP_LINE = Pattern.compile(
            "(?:^|\\n)[ \\t]*\\[?(\\d{1,2})/(\\d{1,2})/(\\d{4})[ \\t]+\\d{1,2}[h:]\\d{2}(?::\\d{2})?\\]?");
    /** A dateline at a line's start: "Tachkent, 19 avr. (Agence) --", its place (and country), comma, day and month. */
    private final Pattern dateline;
    /** A page's publication stamp near a line's start: "Date de publication : 12/06/2023", "Mise à jour à 12h45 le 01/05". */
    private final Pattern publicationStamp;
    /** The words that open a publication stamp, folded: the stamp's pattern is tried only where one is. */
    private final List<String> publicationLeads;
    /** A line that holds only a date, perhaps its weekday and hour: a page's publication stamp ("6 juin 2015, 19:12"). */
    private final Pattern dateAloneLine;

    DatelinesAndStamps(DateWords words) {
        String ordinal = words.ordinal;
        String monthAlt = words.monthAlt;
        // the place may name its country too: "Dakar, Sénégal, 10 novembre (Agence) -"
        dateline = Pattern.compile("(?:^|\n)[^\n,]{2,40}(?:, [^\n,\\d]{2,30})?, (?:le )?(\\d{1,2})" + ordinal + " (" + monthAlt
                + ")\\.?(?: (\\d{4}))?\\s*[(\\[:/\u2013\u2014-]");
        // the lead, then perhaps an hour ("à 12h45 le"), then the day, its month by name or in figures, perhaps a year
        publicationLeads = words.publicationLeads;
        publicationStamp = Pattern.compile("(?:^|\\n)[^\\n]{0,30}?\\b(?:"
                + String.join("|", publicationLeads)
                + ")\\b[^\\n\\d]{0,25}?(?:\\d{1,2}[h:]\\d{2}[^\\n\\d]{0,12}?)?\\b(\\d{1,2})" + ordinal
                + "[ /](\\d{1,2}|" + monthAlt + ")\\b\\.?(?:[ /](\\d{4}))?(?![\\d/])");
        // "samedi, 20 juillet, 2019 à 18:01": commas may follow the weekday and the month
        dateAloneLine = Pattern.compile("(?:^|\\n)[ \\t]*(?:(?:" + words.weekdayAlt + "),? )?(\\d{1,2})"
                + ordinal + " (" + monthAlt + ")\\.?,? (\\d{4})(?:,? (?:a )?\\d{1,2}[h:]\\d{2})?[ \\t]*(?=\\n|$)");
    }

    /** Whether the day at [start, end) is a dateline's: after "Place, " at a line's start and before "(", "[" or a dash. */
    boolean isDateline(String folded, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && folded.charAt(lineStart - 1) != '\n') {
            if (start - --lineStart > DATELINE_REACH) {
                return false; // looked back only as far as a dateline's place can reach
            }
        }
        Matcher m = dateline.matcher(folded);
        m.region(lineStart == 0 ? 0 : lineStart - 1, Math.min(folded.length(), end + 12));
        m.useTransparentBounds(true).useAnchoringBounds(true);
        return m.lookingAt() && m.start(1) == start;
    }

    /**
     * Whether the day at {@code dayStart} is that of a page's publication stamp ("Date de publication : 12/06/2023",
     * a line "6 juin 2015, 19:12"): the day the page came out, which dates no event.
     */
    boolean isPublicationStamp(String folded, int dayStart) {
        int lineStart = folded.lastIndexOf('\n', dayStart - 1);
        if (dayStart - lineStart > REFERENCE_REACH) {
            return false;
        }
        for (Pattern stamp : List.of(publicationStamp, dateAloneLine, NUMERIC_STAMP_LINE)) {
            Matcher m = stamp.matcher(folded);
            m.region(Math.max(0, lineStart), Math.min(folded.length(), lineStart + 1 + REFERENCE_REACH));
            m.useTransparentBounds(true).useAnchoringBounds(true);
            if (m.lookingAt() && m.start(1) == dayStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * The patterns that read a reported day at a line's start, in the order a reference day is sought in them:
     * a dateline, a publication stamp (where one of its leads is), a date alone on its line, a date in figures
     * with its hour. Each reads the day, the month (by name or in figures) and perhaps the year as groups 1 to 3.
     */
    List<Pattern> inReferenceOrder(String folded) {
        List<Pattern> patterns = new ArrayList<>(List.of(dateline));
        if (DateWords.containsAny(folded, publicationLeads)) {
            patterns.add(publicationStamp);
        }
        patterns.add(dateAloneLine);
        patterns.add(NUMERIC_STAMP_LINE);
        return patterns;
    }
}
