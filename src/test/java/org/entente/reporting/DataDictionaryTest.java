package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.reporting.DataDictionary.Column;
import org.entente.reporting.DataDictionary.Relation;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DataDictionaryTest {
    private final TestDatabase db;

    DataDictionaryTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void everyReportingViewAndColumnHasAComment() {
        List<Relation> relations = db.query(dsl -> DataDictionary.read(dsl, "reporting"));
        assertTrue(relations.size() >= 18, "views and materialized views found: " + relations.size());
        assertEquals(List.of(), DataDictionary.undocumented(relations));
    }

    @Test
    void dictionaryListsMartTablesWithTheirColumnTypes() {
        Relation pairs = db.query(dsl -> DataDictionary.read(dsl, "reporting")).stream()
                .filter(r -> r.name().equals("country_pair_counts")).findFirst().orElseThrow();
        assertEquals("table", pairs.kind());
        assertEquals("country_a", pairs.columns().get(0).name());
        assertEquals("character(2)", pairs.columns().get(0).type());
    }

    @Test
    void undocumentedFindsRelationsAndColumnsWithoutComments() {
        List<Relation> relations = List.of(new Relation("v", "view", null,
                List.of(new Column("a", "text", "documented"), new Column("b", "text", " "))));
        assertEquals(List.of("v", "v.b"), DataDictionary.undocumented(relations));
    }

    @Test
    void markdownHasASectionPerViewAndATableOfColumnsWithPipesEscaped() {
        String md = DataDictionary.markdown("reporting", List.of(new Relation("pairs", "materialized view",
                "Agreements by pair.", List.of(new Column("parties", "text", "Names joined by \" | \".")))));
        assertEquals("""
                # Data dictionary: schema `reporting`

                ## reporting.pairs

                Agreements by pair. (materialized view)

                | column | type | description |
                |---|---|---|
                | parties | text | Names joined by " \\| ". |
                """, md);
    }
}
