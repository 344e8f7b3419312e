package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.extract.rules.RuleFiles;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(new RuleFiles());

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titleAbbreviationDoesNotEndTheSentence() {
        assertEquals(List.of("M. Dupont a reçu Mme Martin à Paris.", "Ils ont parlé."),
                split("M. Dupont a reçu Mme Martin à Paris. Ils ont parlé."));
    }

    @Test
    void anHonorificAbbreviatedWithDotsDoesNotEndTheSentence() {
        assertEquals(List.of("Le directeur du Fonds, S.E. Karim Haddad, a signé l'accord.", "Ils ont parlé."),
                split("Le directeur du Fonds, S.E. Karim Haddad, a signé l'accord. Ils ont parlé."));
    }

    @Test
    void aQuotationClosedAfterItsFullStopEndsTheSentence() {
        assertEquals(List.of("Il a déclaré : « Les six pays ont un fort potentiel. »", "L'émir signera d'autres accords."),
                split("Il a déclaré : « Les six pays ont un fort potentiel. » L'émir signera d'autres accords."));
        assertEquals(List.of("Il a dit \"oui.\"", "Elle a ri."), split("Il a dit \"oui.\" Elle a ri."));
    }

    @Test
    void sentencesGluedWithoutASpaceAreSeparated() {
        assertEquals(List.of("Les échanges sont florissants.", "Cette dynamique se poursuit."),
                split("Les échanges sont florissants.Cette dynamique se poursuit."));
    }

    @Test
    void aGluedSentenceOpeningWithAnElisionIsSeparated() {
        assertEquals(List.of("Les échanges sont florissants.", "D'autres suivront."),
                split("Les échanges sont florissants.D'autres suivront."));
        assertEquals(List.of("Il cite le site lemonde.fr en exemple."), split("Il cite le site lemonde.fr en exemple."));
    }

    @Test
    void sentenceGluedAfterANumberIsSeparated() {
        assertEquals(List.of("Il vole sur le modèle T-50.", "Le contrat suit."),
                split("Il vole sur le modèle T-50.Le contrat suit."));
    }

    @Test
    void sentenceGluedAfterAnAcronymIsSeparated() {
        assertEquals(List.of("Le site est classé par l'OMS.", "Plus tard, ils ont signé."),
                split("Le site est classé par l'OMS.Plus tard, ils ont signé."));
        assertEquals(1, split("Les forces des U.S.Army sont là.").size(), "one capital before the dot is an initial");
    }

    @Test
    void initialOfAPersonDoesNotEndTheSentence() {
        assertEquals(1, split("Le rapport de J. Martin est paru.").size());
    }

    @Test
    void lineBreakEndsATitle() {
        assertEquals(List.of("Un titre sans point", "Le texte suit."), split("Un titre sans point\n\nLe texte suit."));
    }
}
