package org.entente.extract.agreement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.PhraseMatcher;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * The status a trigger reports, from its sentence's verb or, for a joint declaration, from what it is said to
 * say; or why it reports no agreement of the news: negated, framed, background or an exhortation.
 */
final class TriggerStatus {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final int BACKGROUND_REACH = 60;
    /** Most words between a declaration's trigger and the verb saying what it says ("des deux pays stipule"). */
    private static final int CONTENT_VERB_REACH = 6;
    /** Most words between a reporting verb and the declaration after it: "ont affirmé les deux présidents dans une". */
    private static final int QUOTING_REACH = 6;

    private final AgreementCues cues;
    private final Pattern datedPast;

    TriggerStatus(AgreementCues cues, DateResolver dateResolver) {
        this.cues = cues;
        this.datedPast = Pattern.compile("\\b(" + dateResolver.yearLeads + ") ((?:19|20)\\d{2})\\b");
    }

    private static boolean isDeclaration(SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        return "joint_declaration".equals(trigger.values().get(0)) && !sentenceCues.negative();
    }

    /**
     * "« … », indique un communiqué conjoint publié", "ont affirmé les deux présidents dans une déclaration
     * conjointe": a new joint declaration that says what is quoted, in a sentence without a status verb.
     */
    boolean isQuotedDeclaration(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        return isDeclaration(sentenceCues, trigger) && sentenceCues.status() == null && isNew(context, trigger)
                && saysWhatIsQuoted(context.folded(), trigger, sentenceCues.sentence().start());
    }

    /**
     * The status a trigger reports ({@code quoting}: a joint declaration quoted, issued); null when it
     * reports no agreement of the news, the reason traced.
     */
    String of(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger, boolean quoting) {
        String kind = trigger.values().get(0);
        Sentence sentence = sentenceCues.sentence();
        // "une déclaration conjointe des deux pays stipule que … va apporter": issued, whatever its content says will be
        // ("La Déclaration indique également que …" quotes one reported before); a new one quoted is issued too
        String status = isDeclaration(sentenceCues, trigger)
                && (sentenceCues.status() == null || sentenceCues.verbStart() > trigger.end())
                && (cues.is(WordRole.INDEFINITE, Words.wordBefore(context.folded(), trigger.start()))
                        && isSubjectOfContentVerb(context.folded(), trigger, sentence.end()) || quoting)
                ? "signed" : sentenceCues.status();
        String rejected = sentenceCues.negative()
                ? "negated, recalled or still in talks (n'a pas été signé, avaient signé, depuis la signature, en négociation...)"
                : status == null ? "no status verb (signé, conclu, convenu, signeront...) in the sentence"
                : sentenceCues.isFramed(trigger) ? "framed as talks, a project or a proposal, not a document"
                : isBackground(context, sentence, trigger, amendedAfter(context, sentenceCues, trigger))
                        ? "background: a year before publication dates it"
                : isExhortation(context, sentenceCues, kind) ? "an exhortation ('devraient renforcer leur coopération'), "
                        + "no partnership decided" : null;
        if (rejected != null) {
            context.trace().dropped(trigger.phrase(), sentence.index(), rejected);
            return null;
        }
        if (kind.equals("partnership") && sentenceCues.weak()) {
            status = "agreed"; // "ont annoncé l'établissement du partenariat stratégique": decided, no document signed
        }
        return status;
    }

    /** "Une déclaration conjointe des deux pays stipule que …": a content verb in the present soon after the trigger. */
    private boolean isSubjectOfContentVerb(String folded, PhraseMatcher.Match<String> trigger, int sentenceEnd) {
        return Words.wordsAfter(folded, trigger.end(), CONTENT_VERB_REACH, sentenceEnd).stream()
                .anyMatch(word -> cues.is(WordRole.CONTENT_VERB, word));
    }

    /** Whether a reporting or content verb stands a few words before the trigger: "…, indique un communiqué conjoint". */
    private boolean saysWhatIsQuoted(String folded, PhraseMatcher.Match<String> trigger, int sentenceStart) {
        return Words.wordsBefore(folded, trigger.start(), QUOTING_REACH, sentenceStart).stream()
                .anyMatch(word -> cues.is(WordRole.CONTENT_VERB, word) || cues.is(WordRole.REPORTING_VERB, word));
    }

    /** Whether a trigger is introduced as new: an indefinite article before it or opening it ("dans une déclaration"). */
    private boolean isNew(ArticleContext context, PhraseMatcher.Match<String> trigger) {
        if (cues.is(WordRole.INDEFINITE, Words.wordBefore(context.folded(), trigger.start()))) {
            return true;
        }
        for (String word : context.folded().substring(trigger.start(), trigger.end()).split(" ")) {
            if (cues.is(WordRole.INDEFINITE, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "La Chine et la Thaïlande devraient intensifier leur coopération, a déclaré le président": a
     * partnership with no document, under a bare "devraient" or "doivent", is what a leader says the
     * countries should do; "devraient signer un partenariat" names a document to come and stays planned.
     */
    private boolean isExhortation(ArticleContext context, SentenceCues sentenceCues, String kind) {
        if (!kind.equals("partnership") || !"planned".equals(sentenceCues.status())) {
            return false;
        }
        List<Token> tokens = context.tokens();
        int modal = context.firstTokenFrom(sentenceCues.verbStart());
        int next = modal + 1;
        while (next < tokens.size() && !tokens.get(next).isWord()) {
            next++;
        }
        return next < tokens.size() && cues.is(WordRole.OBLIGATION_MODAL, context.foldedWord(tokens.get(modal)))
                && !cues.is(WordRole.SIGNING_VERB, context.foldedWord(tokens.get(next)));
    }

    /**
     * "l'accord signé en 2015", "le traité de 1992", "En 2019, les deux pays ont signé…": a year
     * before publication right after the trigger in its clause, or after "en" before the trigger.
     */
    private boolean isBackground(ArticleContext context, Sentence sentence, PhraseMatcher.Match<String> trigger, int objectStart) {
        if (context.published() == null) {
            return false;
        }
        int year = context.published().getYear();
        int end = clauseEnd(context.folded(), trigger.end(), Math.min(Math.min(sentence.end(), trigger.end() + BACKGROUND_REACH),
                objectStart));
        String folded = context.folded();
        // both patterns need a year's digits: most ranges have none and skip the copy and the regex
        if (DateWords.hasDigit(folded, trigger.start(), end)
                && hasYearBefore(YEAR.matcher(folded.substring(trigger.start(), end)), 0, year)) {
            return true;
        }
        if (!DateWords.hasDigit(folded, sentence.start(), trigger.start())) {
            return false;
        }
        String before = folded.substring(sentence.start(), trigger.start());
        Matcher m = datedPast.matcher(before);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) < year && !inRelativeClause(before, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the document the trigger amends or completes is named ("l'amendement du protocole de 2005": its year dates
     * the protocol), or the sentence's end when it names none.
     */
    private int amendedAfter(ArticleContext context, SentenceCues sentenceCues, PhraseMatcher.Match<String> trigger) {
        for (PhraseMatcher.Match<String> next : sentenceCues.kinds()) {
            if (next.start() >= trigger.end()) {
                return TriggerNeighbours.namesTheObjectOf(cues, context, trigger, next) ? next.start() : sentenceCues.sentence().end();
            }
        }
        return sentenceCues.sentence().end();
    }

    /**
     * "L'Éthiopie et le Somaliland, qui a proclamé son indépendance en 1991, ont signé": whether a relative
     * pronoun opens the clause of {@code at} (since the last comma before it) and a comma closes that clause
     * later: the year dates what the clause says of a party.
     */
    private boolean inRelativeClause(String text, int at) {
        int clauseStart = text.lastIndexOf(',', at) + 1;
        if (text.indexOf(',', at) < 0) {
            return false;
        }
        for (String word : text.substring(clauseStart, at).split("[^\\p{L}']+")) {
            if (cues.is(WordRole.RELATIVE_PRONOUN, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the group of some match of {@code m} is a year before {@code year}. */
    private static boolean hasYearBefore(Matcher m, int group, int year) {
        while (m.find()) {
            if (Integer.parseInt(m.group(group)) < year) {
                return true;
            }
        }
        return false;
    }

    /** "la déclaration commune …, le premier sommet depuis 2019": a year past the next comma dates something else. */
    private static int clauseEnd(String folded, int from, int end) {
        int comma = Words.indexWithin(folded, ",", from + 3, end);
        return comma >= 0 ? comma : end;
    }
}
