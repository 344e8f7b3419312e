package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT_KIND;
import static org.entente.db.schema.core.Tables.AGREEMENT_STATUS;
import static org.entente.db.schema.core.Tables.COUNTRY;
import static org.entente.db.schema.core.Tables.SECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.model.AgreementKind;
import org.entente.extract.model.AgreementStatus;
import org.entente.extract.model.OrganizationKind;
import org.entente.extract.model.Sector;
import org.entente.extract.model.Vocabulary;
import org.entente.extract.rules.RuleFiles;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The vocabularies in code (the enums of extract.model, countries.tsv) are those of the migrated core schema. */
@DatabaseTest
class VocabularyTest {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final TestDatabase db;

    VocabularyTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void agreementKindsAreTheLookupTableAndTheCheck() {
        assertEquals(codes(AgreementKind.values()), sorted(db.query(dsl ->
                dsl.select(AGREEMENT_KIND.CODE).from(AGREEMENT_KIND).fetch(AGREEMENT_KIND.CODE))));
        assertEquals(codes(AgreementKind.values()), checkedValues("core.agreement", "kind"));
    }

    @Test
    void agreementStatusesAreTheLookupTableAndTheCheck() {
        assertEquals(codes(AgreementStatus.values()), sorted(db.query(dsl ->
                dsl.select(AGREEMENT_STATUS.CODE).from(AGREEMENT_STATUS).fetch(AGREEMENT_STATUS.CODE))));
        assertEquals(codes(AgreementStatus.values()), checkedValues("core.agreement", "status"));
    }

    @Test
    void sectorsAreTheLookupTable() {
        assertEquals(codes(Sector.values()), sorted(db.query(dsl ->
                dsl.select(SECTOR.CODE).from(SECTOR).fetch(SECTOR.CODE))));
    }

    @Test
    void organizationKindsAreTheCheckOnOrganizations() {
        assertEquals(codes(OrganizationKind.values()), checkedValues("core.organization", "kind"));
    }

    @Test
    void countriesTsvHoldsTheRowsOfCoreCountry() {
        List<String> inFile = new ArrayList<>();
        for (String[] row : new RuleFiles().rows("countries.tsv")) {
            inFile.add(String.join("|", row));
        }
        List<String> inTable = db.query(dsl -> dsl.select(COUNTRY.ISO2, COUNTRY.ISO3, COUNTRY.NUMERIC_CODE,
                COUNTRY.NAME_FR, COUNTRY.NAME_EN, COUNTRY.REGION, COUNTRY.SUBREGION).from(COUNTRY)
                .orderBy(COUNTRY.ISO2).fetch(r -> String.join("|", r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6() == null ? "" : r.value6(), r.value7() == null ? "" : r.value7())));
        assertEquals(inFile.stream().sorted().toList(), inTable);
    }

    private static Set<String> sorted(List<String> values) {
        return new TreeSet<>(values);
    }

    private static Set<String> codes(Vocabulary[] values) {
        return new TreeSet<>(Vocabulary.codes(values));
    }

    /** The quoted values of the check constraint on {@code column} of {@code table}. */
    private Set<String> checkedValues(String table, String column) {
        List<String> checks = db.query(dsl -> dsl.resultQuery("select pg_get_constraintdef(oid) from pg_constraint "
                + "where conrelid = ?::regclass and contype = 'c'", table).fetch(0, String.class));
        Set<String> values = new TreeSet<>();
        for (String check : checks) {
            if (check.matches("(?s)CHECK \\(\\(\\(?" + column + "\\b.*")) {
                Matcher m = QUOTED.matcher(check);
                while (m.find()) {
                    values.add(m.group(1));
                }
            }
        }
        return values;
    }
}
