package org.entente.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundQueryTest {
    @Test
    void namedParametersBecomeMarkersWithTheirValuesInOrder() {
        BoundQuery q = BoundQuery.of("select * from t where a = :country and b = :year or c = :country",
                Map.of("country", "KR", "year", "2024"));
        assertEquals("select * from t where a = ? and b = ? or c = ?", q.sql());
        assertEquals(List.of("KR", "2024", "KR"), q.values());
    }

    @Test
    void castsLiteralsQuotedNamesAndCommentsAreLeftAlone() {
        String sql = "select x::text, ':nope', \":also\" from t -- :comment\nwhere y = :y";
        BoundQuery q = BoundQuery.of(sql, Map.of("y", "1"));
        assertEquals("select x::text, ':nope', \":also\" from t -- :comment\nwhere y = ?", q.sql());
        assertEquals(List.of("1"), q.values());
    }

    @Test
    void aHostileValueStaysAValue() {
        BoundQuery q = BoundQuery.of("select :v", Map.of("v", "'; drop table x; --"));
        assertEquals("select ?", q.sql());
        assertEquals(List.of("'; drop table x; --"), q.values());
    }

    @Test
    void unknownPlaceholderFails() {
        assertThrows(IllegalArgumentException.class, () -> BoundQuery.of("select :missing", Map.of()));
    }
}
