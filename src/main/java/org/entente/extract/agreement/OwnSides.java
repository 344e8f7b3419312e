package org.entente.extract.agreement;

import java.util.List;
import org.entente.extract.model.Party;
import org.entente.extract.rules.PartyCue;
import org.entente.extract.rules.WordRole;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * The sides one document of a sentence names for itself, which the sentence's subject does not give:
 * "les deux pays ont signé une feuille de route, un accord de partenariat entre le fonds X et le groupe Y"
 * binds X and Y by the second document, not the two countries.
 */
final class OwnSides {
    /** Most words between a document's trigger and its "entre": "un accord de coopération sur les locomotives électriques entre". */
    private static final int REACH = 8;

    private final AgreementCues cues;
    private final SignableMentions signable;
    private final SidesExtent sidesExtent;

    OwnSides(AgreementCues cues, SignableMentions signable, SidesExtent sidesExtent) {
        this.cues = cues;
        this.signable = signable;
        this.sidesExtent = sidesExtent;
    }

    /**
     * The sides after the first "entre" within {@link #REACH} words of a trigger ending at {@code triggerEnd},
     * read no further than {@code limit} (the sentence's next document) and found before any punctuation, purpose
     * ("pour"), object cue ("portant") or relative pronoun; empty unless they are two or more and an organization
     * is among them (states alone are what the sentence already says).
     */
    List<Party> of(ArticleContext context, Sentence sentence, int triggerEnd, int limit) {
        List<Party> sides = anyOf(context, sentence, triggerEnd, limit);
        if (sides.isEmpty()) {
            sides = dashed(context, triggerEnd, limit);
        }
        return sides.stream().anyMatch(p -> p.organization() != null) ? sides : List.of();
    }

    /** Most characters from a trigger's end to the dash between its two sides: "un mémorandum Côte d'Ivoire - Fonds …". */
    private static final int DASHED_REACH = 40;

    /**
     * "un mémorandum d'entente Côte d'Ivoire - Fonds koweïtien pour le développement": right after the trigger, one
     * side, a dash, the other (each one party, up to a comma or the document's end); empty when not so.
     */
    private List<Party> dashed(ArticleContext context, int triggerEnd, int limit) {
        String text = context.text().text();
        int reach = Math.min(limit, Math.min(text.length(), triggerEnd + DASHED_REACH));
        int dash = -1;
        for (int i = triggerEnd; i + 2 < reach && dash < 0; i++) {
            char c = text.charAt(i + 1);
            if (text.charAt(i) == ' ' && (c == '-' || c == '\u2013' || c == '\u2014') && text.charAt(i + 2) == ' ') {
                dash = i;
            }
        }
        if (dash < 0 || text.substring(triggerEnd, dash).contains(",")) {
            return List.of();
        }
        int otherEnd = limit;
        for (int i = dash + 3; i < limit; i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == ';') {
                otherEnd = i;
                break;
            }
        }
        List<Party> one = signable.in(context, triggerEnd, dash);
        List<Party> other = signable.in(context, dash + 3, Math.min(otherEnd, sidesExtent.end(context, dash + 3, limit)));
        if (one.size() != 1 || other.isEmpty() || other.get(0).equals(one.get(0))) {
            return List.of();
        }
        return List.of(one.get(0), other.get(0));
    }

    /**
     * The counterparts one document of several names for itself after its own "avec", between the trigger ending at
     * {@code triggerEnd} and {@code limit} (the sentence's next document): "un accord sur les routes avec le Kenya et un
     * mémorandum sur la santé avec l'Ouganda" gives Kenya to the first; empty when it has no "avec" of its own.
     */
    List<Party> counterparts(ArticleContext context, Sentence sentence, int triggerEnd, int limit) {
        List<Token> tokens = context.tokens();
        for (int t = context.firstTokenFrom(triggerEnd); t < tokens.size() && tokens.get(t).end() <= limit; t++) {
            if (cues.is(PartyCue.WITH, context.foldedWord(tokens.get(t)))) {
                int end = Math.min(limit, sidesExtent.end(context, tokens.get(t).end(), sentence.end()));
                return signable.in(context, tokens.get(t).end(), end).stream().distinct().toList();
            }
        }
        return List.of();
    }

    /**
     * The sides after the first "entre" within {@link #REACH} words of a trigger ending at {@code triggerEnd}, as
     * {@link #of} reads them, states alone too ("un accord agricole entre les gouvernements du Vietnam et de
     * Cuba", one of a batch's listed documents); empty unless they are two or more.
     */
    List<Party> anyOf(ArticleContext context, Sentence sentence, int triggerEnd, int limit) {
        List<Token> tokens = context.tokens();
        int first = context.firstTokenFrom(triggerEnd);
        for (int t = first; t < tokens.size() && t - first < REACH && tokens.get(t).end() <= limit; t++) {
            String word = context.foldedWord(tokens.get(t));
            if (!tokens.get(t).isWord() || cues.is(WordRole.PURPOSE, word) || cues.is(WordRole.OBJECT_CUE, word)
                    || cues.is(WordRole.RELATIVE_PRONOUN, word)) {
                return List.of(); // "un protocole « pour favoriser la coopération entre X et Y »": what it is for
            }
            if (!cues.is(PartyCue.BETWEEN, word)) {
                continue;
            }
            int end = Math.min(limit, sidesExtent.end(context, tokens.get(t).end(), sentence.end()));
            List<Party> sides = signable.in(context, tokens.get(t).end(), end).stream().distinct().toList();
            return sides.size() >= 2 ? sides : List.of();
        }
        return List.of();
    }
}
