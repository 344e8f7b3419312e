package org.entente.extract.agreement;

import java.util.List;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.TextNormalizer;
import org.entente.extract.text.Token;
import org.entente.extract.text.Words;

/**
 * Which words open a signing verb's parties: "entre", and after the verb "avec", an agent "par" in its own clause, or
 * the "à" of a seller after a verb of buying.
 */
final class PartyOpeners {
    private final AgreementCues cues;

    PartyOpeners(AgreementCues cues) {
        this.cues = cues;
    }

    /** Whether {@code token} opens parties of the verb at {@code verbStart}. */
    boolean opensParties(ArticleContext context, Token token, int verbStart) {
        String word = TextNormalizer.fold(token.text());
        return cues.is(PartyCue.BETWEEN, word) || token.start() >= verbStart && (cues.is(PartyCue.WITH, word)
                || cues.is(PartyCue.AGENT, word) && inVerbClause(context.folded(), verbStart, token.start())
                || token.text().equals("à") && afterPurchaseVerb(context, token));
    }

    /** Most words between a verb of buying and the "à" of its seller: "acheter 210 monocouloirs A320neo à". */
    private static final int SELLER_REACH = 6;

    /** Whether a verb of buying stands a few words before {@code to}, no punctuation between ("acheter à Airbus"). */
    private boolean afterPurchaseVerb(ArticleContext context, Token to) {
        List<Token> tokens = context.tokens();
        int at = context.firstTokenFrom(to.start());
        int bracketed = 0; // "la vente de 26 hélicoptères (20 H145 et 6 H160) à": the words in brackets aside
        for (int t = at - 1; t >= 0 && at - t - bracketed <= SELLER_REACH; t--) {
            Token token = tokens.get(t);
            if (token.text().equals(")")) {
                int open = t;
                while (open > 0 && !tokens.get(open).text().equals("(") && t - open < SELLER_REACH * 2) {
                    open--;
                }
                if (!tokens.get(open).text().equals("(")) {
                    return false;
                }
                bracketed += t - open + 1;
                t = open;
                continue;
            }
            if (!token.isWord() && !Character.isDigit(token.text().charAt(0))) {
                return false;
            }
            if (cues.is(WordRole.PURCHASE_VERB, context.foldedWord(token))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "signé par X et Y" names the signatories; "…, indique un communiqué publié par la délégation"
     * names who published, past a comma: an agent counts only in the clause of the signing verb.
     */
    static boolean inVerbClause(String folded, int verbStart, int agentStart) {
        // Kept in code: a comma or semicolon ends the clause, as in the other list and clause tests; but a short
        // insert between two commas goes on with it ("a été signé, ce mardi 20 mai, à Alger par le ministre")
        if (Words.indexWithin(folded, ";", verbStart, agentStart) >= 0) {
            return false;
        }
        int first = Words.indexWithin(folded, ",", verbStart, agentStart);
        if (first < 0) {
            return true;
        }
        int second = Words.indexWithin(folded, ",", first + 1, agentStart);
        return second > 0 && Words.indexWithin(folded, ",", second + 1, agentStart) < 0
                && folded.substring(first + 1, second).strip().split(" +").length <= INSERT_WORDS;
    }

    /** Most words of an insert between two commas inside a verb's clause: "ce mardi 20 mai". */
    private static final int INSERT_WORDS = 5;

    /**
     * "signé par le PDG de X et, pour l'État du Qatar, par le général Y": a second agent after an
     * insert naming on whose behalf it signed. The start of the insert, or -1 when the token is no such agent.
     */
    int behalfInsertBefore(ArticleContext context, Token token, int verbStart) {
        String folded = context.folded();
        if (token.start() < verbStart || !cues.is(PartyCue.AGENT, TextNormalizer.fold(token.text()))) {
            return -1;
        }
        int second = folded.lastIndexOf(',', token.start() - 1);
        int first = second > verbStart ? folded.lastIndexOf(',', second - 1) : -1;
        if (first < verbStart || !folded.substring(second + 1, token.start()).isBlank()) {
            return -1;
        }
        String insert = folded.substring(first + 1, second).strip();
        int space = insert.indexOf(' ');
        String before = folded.substring(verbStart, first).strip();
        return space > 0 && cues.is(PartyCue.BEHALF, insert.substring(0, space))
                && cues.is(WordRole.LIST_JOINER, Words.wordBefore(folded, first)) && inVerbClause(folded, verbStart, first)
                && !before.isEmpty() ? first + 1 : -1;
    }
}
