package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Words of the folded text around a position, as the gazetteers and the agreement cues read them. */
public final class Words {
    private Words() {
    }

    /** The word just before {@code start}, an elided "d'" or "l'" included. */
    public static String wordBefore(String folded, int start) {
        int s = previousWordStart(folded, start);
        int e = s;
        while (e < folded.length() && e < start && folded.charAt(e) != ' ') {
            e++;
        }
        return folded.substring(s, e);
    }

    /** The word just after {@code end}, letters and digits only; empty when none follows. */
    public static String wordAfter(String folded, int end) {
        int s = end;
        while (s < folded.length() && folded.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < folded.length() && Character.isLetterOrDigit(folded.charAt(e))) {
            e++;
        }
        return folded.substring(s, e);
    }

    /** Whether a line break stands in {@code text[from, to)}; only that range is read. */
    public static boolean breaksALine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to {@code count} words after {@code end}, read while only spaces part them and before {@code limit}:
     * "de financement" after "contrat".
     */
    public static List<String> wordsAfter(String folded, int end, int count, int limit) {
        List<String> words = new ArrayList<>(count);
        int at = end;
        while (words.size() < count && at < limit) {
            String next = wordAfter(folded, at);
            if (next.isEmpty()) {
                break;
            }
            words.add(next);
            at = folded.indexOf(next, at) + next.length();
        }
        return words;
    }

    /**
     * Up to {@code count} words before {@code start}, nearest first, none before {@code limit}: what
     * {@link #wordsAfter} reads on the other side.
     */
    public static List<String> wordsBefore(String folded, int start, int count, int limit) {
        List<String> words = new ArrayList<>(count);
        int at = start;
        while (words.size() < count && at > limit) {
            int previous = previousWordStart(folded, at);
            if (previous >= at || previous < limit) {
                break;
            }
            words.add(wordBefore(folded, at));
            at = previous;
        }
        return words;
    }

    /** Where the spaces right before {@code at} start: "Sinopec (" read back from its bracket ends after "Sinopec". */
    public static int spacesBefore(String text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return start;
    }

    /** Where the word before {@code start} begins (an elision like "l'" is a word). */
    public static int previousWordStart(String folded, int start) {
        int e = start;
        while (e > 0 && folded.charAt(e - 1) == ' ') {
            e--;
        }
        if (e > 0 && folded.charAt(e - 1) == '\'') {
            return wordStart(folded, e - 1);
        }
        return e > 0 && !Character.isLetterOrDigit(folded.charAt(e - 1)) ? e - 1 : wordStart(folded, e);
    }

    /**
     * Whether the name at {@code start} stands in brackets right after a capitalized word that a locative
     * opens: "à Chato (Tanzanie)", "à Saint-Pétersbourg (Russie)" say where the town is.
     */
    public static boolean locatesATown(String text, String folded, int start, Predicate<String> locative) {
        int bracket = start - 1;
        while (bracket > 0 && text.charAt(bracket) == ' ') {
            bracket--;
        }
        if (bracket <= 0 || text.charAt(bracket) != '(') {
            return false;
        }
        int town = previousWordStart(folded, bracket);
        while (town > 0 && text.charAt(town - 1) == '-') { // folded "saint petersbourg"
            town = previousWordStart(folded, town);
        }
        return town < bracket && Character.isUpperCase(text.charAt(town)) && locative.test(wordBefore(folded, town));
    }

    private static int wordStart(String folded, int end) {
        int s = end;
        while (s > 0 && Character.isLetterOrDigit(folded.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The first {@code s} starting in [from, to), or -1: a search that stops where the sentence does. */
    public static int indexWithin(String text, String s, int from, int to) {
        for (int i = from; i + s.length() <= Math.min(to, text.length()); i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
