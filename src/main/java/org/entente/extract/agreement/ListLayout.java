package org.entente.extract.agreement;

import org.entente.extract.text.Sentence;

/** How an article lays a list out on its lines: the sentence that opens it, its items, the asides between them. */
final class ListLayout {
    /** The marks that open a list's item on its line. */
    private static final String LIST_MARKS = "-–—•*·▪";
    /** Most words of a line between a list's items that does not end the list ("Photo : VNA/CVN"). */
    private static final int ASIDE_WORDS = 6;

    private ListLayout() {
    }

    /**
     * Whether a sentence ends on a colon, before the items of a list ("… qui comprennent :"), or on a semicolon, its
     * own first item before the others ("Il s'agit de l'accord sur A ;" then "l'accord sur B.").
     */
    static boolean opensAList(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > sentence.start() && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == ';');
    }

    /**
     * Whether a sentence goes on with the line of the sentence before it ("2. Un mémorandum sur l'industrie. Le
     * mémorandum vise …"): an item's own words after it, which end no list.
     */
    static boolean goesOnWithItsLine(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int at = sentence.start();
        while (at > 0 && text.charAt(at - 1) != '\n' && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at > 0 && text.charAt(at - 1) != '\n';
    }

    /**
     * Whether a sentence is an item marked as one: the first sentence of a line that opens with a dash, a bullet or a
     * number, after that mark ("– Accord-cadre sur …").
     */
    static boolean isMarkedItem(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int mark = skipSpaces(text, lineStart(text, sentence.start()), sentence.end());
        return mark < sentence.end() && !Character.isLetter(text.charAt(mark)) && isListItem(context, sentence);
    }

    /** Where the line holding {@code at} starts. */
    private static int lineStart(String text, int at) {
        int line = at;
        while (line > 0 && text.charAt(line - 1) != '\n') {
            line--;
        }
        return line;
    }

    /** Whether a sentence ends its paragraph: the text goes on after a line break, or not at all. */
    static boolean endsItsLine(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int at = sentence.end();
        while (at < text.length() && text.charAt(at) != '\n' && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at >= text.length() || text.charAt(at) == '\n';
    }

    /**
     * Whether a sentence is an item of a list: the first sentence of a line that opens with a dash,
     * a bullet or a number ("1.", "2)"), after that mark; or a line in lower case that ends on a
     * semicolon or follows a line that does ("l'accord sur la pêche ;" then "et enfin, l'accord sur …").
     */
    static boolean isListItem(ArticleContext context, Sentence sentence) {
        String text = context.text().text();
        int line = lineStart(text, sentence.start());
        int mark = skipSpaces(text, line, sentence.end());
        if (mark == sentence.start() && Character.isLowerCase(text.charAt(mark))) {
            return endsOnASeparator(text, sentence.end()) || line > 0 && endsOnASeparator(text, line - 1);
        }
        int digits = mark;
        while (digits < sentence.end() && digits - mark < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        int markEnd = digits > mark ? digits : mark;
        // "2.Un prêt de …": a number's mark glued to its item's first word, in capitals
        if (markEnd >= text.length() || (digits > mark ? ".)" : LIST_MARKS).indexOf(text.charAt(markEnd)) < 0
                || markEnd + 1 >= text.length() || !Character.isWhitespace(text.charAt(markEnd + 1))
                && !(digits > mark && Character.isUpperCase(text.charAt(markEnd + 1)))) {
            return false;
        }
        return sentence.start() <= skipSpaces(text, markEnd + 1, text.length());
    }

    /** Whether a line ends on what separates a list's items: a semicolon or a comma. */
    private static boolean endsOnASeparator(String text, int end) {
        return endsOn(text, end, ';') || endsOn(text, end, ',');
    }

    /** Whether the text before {@code end}, blanks aside, is the mark. */
    private static boolean endsOn(String text, int end, char mark) {
        int at = end;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at > 0 && text.charAt(at - 1) == mark;
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A short line between a list's items that names no document ("Photo : VNA"): the list goes on. */
    static boolean isAside(ArticleContext context, Sentence sentence, SentenceCues sentenceCues) {
        return sentenceCues.kinds().isEmpty() && sentenceCues.status() == null
                && context.firstTokenFrom(sentence.end()) - context.firstTokenFrom(sentence.start()) <= ASIDE_WORDS;
    }
}
