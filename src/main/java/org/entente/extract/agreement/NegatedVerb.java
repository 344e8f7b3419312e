package org.entente.extract.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.extract.rules.RuleFiles;
import org.entente.extract.rules.WordRole;

/**
 * "n'ont, eux, pas conclu", "n'a toujours pas été signé": a negation around a signing verb, the
 * pattern built from the negation words and verb forms of function_words.tsv.
 */
final class NegatedVerb {
    private final Pattern pattern;
    private final List<String> negations;
    private final List<String> ends;
    /** The verb forms that hold no shorter one: a sentence holding none of them cannot match. */
    private final List<String> shortestForms;

    NegatedVerb(RuleFiles rules) {
        // An elided "n'" touches the next word; "ne" is followed by a space.
        negations = rules.words(WordRole.NEGATION).stream().map(w -> w.endsWith("'") ? w : w + " ").toList();
        ends = List.copyOf(rules.words(WordRole.NEGATION_END));
        Set<String> forms = rules.words(WordRole.NEGATED_VERB);
        shortestForms = forms.stream().filter(f -> forms.stream().noneMatch(g -> !g.equals(f) && f.contains(g)))
                .toList();
        // Between the words: up to five words after the negation, up to two before the verb ("pas encore été").
        pattern = Pattern.compile("\\b" + alternation(negations) + "(?:[a-z]+[ ,]+){0,5}?" + alternation(ends)
                + "\\b[ ,]*(?:[a-z]+[ ,]+){0,2}?" + alternation(forms) + "\\b");
    }

    /** Whether a folded sentence negates a signing verb. */
    boolean in(String folded) {
        return mayMatch(folded) && pattern.matcher(folded).find();
    }

    /** Words the pattern cannot match without: most sentences skip it (a hot spot). */
    private boolean mayMatch(String folded) {
        return negations.stream().anyMatch(folded::contains) && ends.stream().anyMatch(folded::contains)
                && shortestForms.stream().anyMatch(folded::contains);
    }

    private static String alternation(Collection<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
