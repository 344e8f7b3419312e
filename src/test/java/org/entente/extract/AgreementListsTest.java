package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.extract.model.Agreement;
import org.junit.jupiter.api.Test;

/** Several documents in one sentence or list, a batch and the documents that detail it, and signing agents. */
class AgreementListsTest {
    private static List<String> kinds(Extracted x) {
        return x.agreements().stream().map(Agreement::kind).toList();
    }

    @Test
    void documentsListedInOneSentenceAreEachAnAgreement() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé le protocole d'accord relatif au port de Lomé ; "
                + "le protocole d'accord relatif à la pêche côtière ; le protocole d'accord relatif aux bourses d'études.");
        assertEquals(List.of("mou", "mou", "mou"), kinds(x));
        x.agreements().forEach(a -> assertEquals(Set.of("GH", "TG"), Extracted.parties(a)));
        assertEquals(List.of("agriculture"), x.agreements().get(1).sectors(), "each takes the sectors of its own object");
        assertEquals(List.of("education"), x.agreements().get(2).sectors());
    }

    @Test
    void theSameDocumentNamedTwiceInASentenceStaysOne() {
        Extracted x = Extracted.from("Le Ghana et le Togo ont signé un protocole d'accord sur la pêche, "
                + "protocole d'accord que les deux ministres ont salué.");
        assertEquals(List.of("mou"), kinds(x), "no determiner of its own: the same document");
    }

    @Test
    void aBatchDetailedByTheNextSentenceGivesOneAgreementPerDocument() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont signé mardi à Banjul plusieurs accords de coopération. "
                + "Les textes comprennent un mémorandum d'entente sur la santé et une convention sur les transports.");
        assertEquals(List.of("mou", "treaty"), kinds(x), "the batch gives way to its documents");
        for (Agreement a : x.agreements()) {
            assertEquals(Set.of("SN", "GM"), Extracted.parties(a));
            assertEquals("signed", a.status());
            assertEquals("GM", a.placeCountryIso2());
        }
        assertEquals(List.of("health"), x.agreements().get(0).sectors());
    }

    @Test
    void aBatchWithoutAListStaysOneAgreement() {
        Extracted x = Extracted.from("Le Sénégal et la Gambie ont signé mardi à Banjul plusieurs accords de coopération. "
                + "Les ministres se sont félicités de la qualité des relations.");
        assertEquals(List.of("agreement"), kinds(x));
    }

    @Test
    void anAgentAfterAnotherClauseIsNoSignatory() {
        Extracted x = Extracted.from("L'Union européenne a signé avec l'Union africaine un accord sur la santé, "
                + "selon un communiqué publié par l'ambassade à Abuja, capitale du Nigeria.");
        assertEquals(Set.of("UE", "UA"), Extracted.parties(x.onlyAgreement()));
        Extracted passive = Extracted.from("Un accord sur la santé a été signé par le Kenya et l'Ouganda.");
        assertEquals(Set.of("KE", "UG"), Extracted.parties(passive.onlyAgreement()), "the agent of the signing verb");
    }

    @Test
    void explainSaysWhichRuleFoundWhatAndWhyCandidatesWereDropped() {
        var article = new org.entente.corpus.Article("t.txt", "0", java.time.LocalDate.of(2024, 11, 1),
                org.entente.corpus.DatePrecision.MONTH, null, "Le Kenya et l'Ouganda ont signé un accord sur l'énergie. "
                + "Le Kenya et la Tanzanie ne signeront pas l'accord sur la pêche.");
        List<String> lines = Extracted.EXTRACTOR.explain(article).explanation();
        assertEquals("agreement 1: agreement signed [KE, UG]", lines.get(0));
        assertTrue(lines.contains("  parties: [KE, UG] named in the subject, before the verb"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dropped 'accord' in sentence 2: negated")), lines.toString());
        assertTrue(Extracted.EXTRACTOR.extract(article).explanation().isEmpty(), "only when asked");
    }
}
