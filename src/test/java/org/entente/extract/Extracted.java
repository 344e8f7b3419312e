package org.entente.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.corpus.Article;
import org.entente.corpus.DatePrecision;
import org.entente.extract.model.Agreement;
import org.entente.extract.model.CountryMention;
import org.entente.extract.model.Extraction;
import org.entente.extract.model.Organization;
import org.entente.extract.model.OrganizationMention;

/** Runs one shared extractor over composed French text and answers questions about the result. */
final class Extracted {
    static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    final Extraction extraction;

    private Extracted(Extraction extraction) {
        this.extraction = extraction;
    }

    static Extracted from(String text) {
        return from(text, LocalDate.of(2024, 11, 1), DatePrecision.MONTH);
    }

    static Extracted from(String text, LocalDate published, DatePrecision precision) {
        return new Extracted(EXTRACTOR.extract(new Article("test.txt", "0", published, precision, null, text)));
    }

    Set<String> countries() {
        return extraction.countries().stream().map(CountryMention::iso2).collect(Collectors.toCollection(TreeSet::new));
    }

    List<Organization> organizations() {
        return extraction.organizations().stream().map(OrganizationMention::organization).distinct().toList();
    }

    Organization organization(String name) {
        return organizations().stream().filter(o -> o.name().equals(name) || name.equals(o.acronym()))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not among " + organizations()));
    }

    List<Agreement> agreements() {
        return extraction.agreements();
    }

    Agreement onlyAgreement() {
        if (agreements().size() != 1) {
            throw new AssertionError("expected one agreement, got " + agreements());
        }
        return agreements().get(0);
    }

    static Set<String> parties(Agreement agreement) {
        return agreement.parties().stream()
                .map(p -> p.countryIso2() != null ? p.countryIso2()
                        : p.organization().acronym() != null ? p.organization().acronym() : p.organization().name())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
