package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every report on the known dataset of {@link BiFixture}, with exact rows. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
    private final TestDatabase db;

    ReportsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void loadFixture() {
        BiFixture.load(db);
    }

    /** Runs a report and renders the chosen columns of each row as "a|b|c". */
    private List<String> rows(String report, Map<String, String> params, String... columns) throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            List<String> out = new ArrayList<>();
            for (Record r : ReportRunner.run(c, ReportCatalog.find(report).orElseThrow(), params)) {
                List<String> cells = new ArrayList<>();
                for (String col : columns) {
                    Object v = r.get(col);
                    cells.add(v instanceof Object[] a ? Arrays.toString(a) : String.valueOf(v));
                }
                out.add(String.join("|", cells));
            }
            return out;
        }
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void agreementsByCountryCountsCompaniesForTheirHomeCountryNewestFirst() throws Exception {
        assertEquals(List.of(
                        "2024-11-14|contract|Hyundai Rotem + FAME|false|[Hyundai Rotem]",
                        "2024-11-01|mou|KR + PE|true|[]",
                        "2023-06-01|agreement|KR + Viettel + Association des nations de l'Asie du Sud-Est|true|[]"),
                rows("agreements-by-country", params(), "activity_on", "kind", "parties", "as_state",
                        "via_organizations"));
    }

    @Test
    void agreementsByCountryFiltersOnStatusAndAcceptsLowerCaseCodes() throws Exception {
        assertEquals(List.of("2024-03-09|joint_declaration", "2024-11-14|contract", "2024-11-01|mou").stream()
                        .sorted().toList(),
                rows("agreements-by-country", params("country", "pe", "status", "signed"), "activity_on", "kind")
                        .stream().sorted().toList());
        assertEquals(List.of("2023-06-01|agreed"),
                rows("agreements-by-country", params("country", "VN", "status", "agreed"), "activity_on", "status"));
    }

    @Test
    void topCountryPairsRanksUndirectedPairsOfAYear() throws Exception {
        assertEquals(List.of("KR|PE|2|2", "PE|VN|1|1"),
                rows("top-country-pairs", params(), "country_a", "country_b", "agreement_count", "signed_count"));
        assertEquals(List.of("KR|PE|2", "KR|VN|1", "PE|VN|1"),
                rows("top-country-pairs", params("year", "all"), "country_a", "country_b", "agreement_count"));
        assertEquals(List.of("KR|PE|2"),
                rows("top-country-pairs", params("year", "all", "limit", "1"), "country_a", "country_b",
                        "agreement_count"));
    }

    @Test
    void sectorsByRegionCountsAnAgreementInEachRegionItBinds() throws Exception {
        assertEquals(List.of("Americas|defense|2", "Americas|aerospace|1", "Asia|defense|2", "Asia|aerospace|1",
                        "Asia|telecom|1"),
                rows("sectors-by-region", params(), "region", "sector", "agreement_count"));
        assertEquals(List.of("Americas|defense|2", "Americas|aerospace|1", "Asia|defense|2", "Asia|aerospace|1"),
                rows("sectors-by-region", params("year", "2024"), "region", "sector", "agreement_count"));
    }

    @Test
    void organizationsInSectorListsPartiesToAgreementsOfThatSector() throws Exception {
        assertEquals(List.of("FAME|state_company|PE|1|2024-11-14", "Hyundai Rotem|company|KR|1|2024-11-14"),
                rows("organizations-in-sector", params(), "organization_name", "organization_kind",
                        "organization_country_iso2", "agreement_count", "last_activity_on"));
        assertEquals(List.of("Association des nations de l'Asie du Sud-Est|ASEAN|0", "Viettel|null|1"),
                rows("organizations-in-sector", params("sector", "telecom"), "organization_name",
                        "organization_acronym", "article_count"));
    }

    @Test
    void countryActivityGivesMentionsAndAgreementsByMonth() throws Exception {
        assertEquals(List.of("2023-06-01|1|1|1|0", "2024-11-01|1|2|2|2"),
                rows("country-activity", params(), "month", "article_count", "mention_count", "agreement_count",
                        "signed_count"));
        assertEquals(List.of("2023-06-01|1|1|1|0", "2024-03-01|1|1|1|1"),
                rows("country-activity", params("country", "VN"), "month", "article_count", "mention_count",
                        "agreement_count", "signed_count"));
    }

    @Test
    void countryPartnersListsTheOtherSideOfEachPair() throws Exception {
        assertEquals(List.of("PE|Pérou|2|2", "VN|Vietnam|1|0"),
                rows("country-partners", params(), "partner_iso2", "partner_name", "agreement_count", "signed_count"));
        assertEquals(List.of("KR|2", "VN|1"),
                rows("country-partners", params("country", "PE"), "partner_iso2", "agreement_count"));
    }

    @Test
    void pairAgreementsIgnoresTheOrderOfTheTwoStates() throws Exception {
        List<String> expected = List.of("2024-11-14|contract", "2024-11-01|mou");
        assertEquals(expected, rows("pair-agreements", params(), "activity_on", "kind"));
        assertEquals(expected, rows("pair-agreements", params("a", "PE", "b", "KR"), "activity_on", "kind"));
    }

    @Test
    void sectorTrendSummarizesASectorByYear() throws Exception {
        assertEquals(List.of("defense|2024|2|2|1|2|2"),
                rows("sector-trend", params(), "sector", "activity_year", "agreement_count", "signed_count",
                        "article_count", "country_count", "organization_count"));
        assertEquals(List.of("aerospace|2024|1", "defense|2024|2", "telecom|2023|1"),
                rows("sector-trend", params("sector", "all"), "sector", "activity_year", "agreement_count"));
    }

    @Test
    void latestAgreementsAreNewestFirstWithTheirStates() throws Exception {
        assertEquals(List.of("2024-11-14|[KR, PE]", "2024-11-01|[KR, PE]"),
                rows("latest-agreements", params("limit", "2"), "activity_on", "party_countries"));
    }

    @Test
    void everyShippedReportIsTestedHereAndHasADescription() {
        List<String> tested = List.of("agreements-by-country", "country-activity", "country-partners",
                "latest-agreements", "organizations-in-sector", "pair-agreements", "sector-trend",
                "sectors-by-region", "top-country-pairs");
        assertEquals(tested, ReportCatalog.names());
        ReportCatalog.all().forEach(r -> assertTrue(!r.description().isBlank(), r.name()));
    }

    @Test
    void csvOfAReportWritesArraysAsSemicolonSeparatedCells() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            String csv = SpreadsheetCsv.format(ReportRunner.run(c, ReportCatalog.find("latest-agreements").orElseThrow(),
                    params("limit", "2")));
            assertEquals("""
                    activity_on,kind,status,parties,party_countries,sectors,source_file,agreement_id
                    2024-11-14,contract,signed,Hyundai Rotem + FAME,KR;PE,defense,a1.txt,1
                    2024-11-01,mou,signed,KR + PE,KR;PE,defense;aerospace,a1.txt,2
                    """, csv);
        }
    }

    @Test
    void parameterNamesMustBeDeclared() {
        assertThrows(IllegalArgumentException.class, () -> rows("country-activity", params("pays", "KR"), "month"));
    }

    private String refusal(String report, String... kv) {
        return assertThrows(ReportParameterException.class, () -> rows(report, params(kv), "x")).getMessage();
    }

    @Test
    void aCountryIsTwoLettersListedInTheCountriesNeverATruncatedValue() {
        String takes = "' is not accepted; it takes an ISO 3166-1 alpha-2 code listed in reporting.countries, e.g. KR";
        // char(2) used to cut AUT to AU (Australia) and "kr; drop" to KR.
        assertEquals("report country-partners: parameter country = 'AUT" + takes,
                refusal("country-partners", "country", "AUT"));
        assertEquals("report country-partners: parameter country = 'kr; drop" + takes,
                refusal("country-partners", "country", "kr; drop"));
        assertEquals("report country-activity: parameter country = 'ZZ" + takes,
                refusal("country-activity", "country", "ZZ"));
        assertEquals("report pair-agreements: parameter b = '" + takes, refusal("pair-agreements", "b", ""));
    }

    @Test
    void limitsYearsAndVocabularyCodesAreCheckedAgainstTheirTypes() {
        String positive = "' is not accepted; it takes a whole number from 1 to 2147483647, e.g. 20";
        assertEquals("report latest-agreements: parameter limit = '0" + positive,
                refusal("latest-agreements", "limit", "0"));
        assertEquals("report latest-agreements: parameter limit = '-1" + positive,
                refusal("latest-agreements", "limit", "-1"));
        assertEquals("report top-country-pairs: parameter limit = '2147483648" + positive,
                refusal("top-country-pairs", "limit", "2147483648"));
        assertEquals("report top-country-pairs: parameter year = '24' is not accepted; it takes a year of four "
                + "digits, e.g. 2024, or all", refusal("top-country-pairs", "year", "24"));
        assertEquals("report organizations-in-sector: parameter sector = 'defense\\u000a' or '1'='1' is not "
                        + "accepted; it takes a sector code listed in reporting.vocabularies, e.g. defense",
                refusal("organizations-in-sector", "sector", "defense\n' or '1'='1"));
        assertEquals("report organizations-in-sector: parameter sector = 'all' is not accepted; it takes a sector "
                + "code listed in reporting.vocabularies, e.g. defense", refusal("organizations-in-sector", "sector", "all"));
        assertEquals("report agreements-by-country: parameter status = 'done' is not accepted; it takes an agreement "
                + "status listed in reporting.vocabularies, e.g. signed, or all",
                refusal("agreements-by-country", "status", "done"));
    }

    @Test
    void everyShippedDefaultIsOfItsType() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection()) {
            for (Report r : ReportCatalog.all()) {
                Map<String, String> defaults = r.values(Map.of());
                assertEquals(defaults.keySet(), ParameterCheck.check(c, r, defaults).keySet(), r.name());
            }
        }
    }
}
