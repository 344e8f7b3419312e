package org.entente.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.testing.DatabaseTest;
import org.entente.testing.TestDatabase;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** What goes through COPY comes back as it was, whatever characters it holds. */
@DatabaseTest
class CopyWriterTest {
    private static final List<String> AWKWARD = List.of("tab\there", "line\nbreak", "return\rhere", "back\\slash",
            "\\N", "quote \" and comma, {brace}", "accents é à ç, ligature œ, apostrophe ’", "astral 🇫🇷 𝄞", "", " ");

    static final Field<Long> N = DSL.field(DSL.name("n"), SQLDataType.BIGINT);
    static final Field<String> T = DSL.field(DSL.name("t"), SQLDataType.CLOB);
    static final Field<String[]> A = DSL.field(DSL.name("a"), SQLDataType.CLOB.array());
    static final Field<LocalDate> D = DSL.field(DSL.name("d"), SQLDataType.LOCALDATE);

    private final TestDatabase db;

    CopyWriterTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void textArraysNullsAndDatesRoundTrip() throws Exception {
        try (Connection c = db.warehouse().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create temporary table copied (n bigint, t text, a text[], d date)");
            CopyWriter writer = new CopyWriter("copied", List.of(N, T, A, D));
            for (int i = 0; i < AWKWARD.size(); i++) {
                writer.row().set(N, (long) i).set(T, AWKWARD.get(i)).set(A, new String[] {AWKWARD.get(i), "plain"})
                        .set(D, LocalDate.of(2024, 2, 29));
            }
            writer.row().set(N, -1L).set(T, null).set(A, new String[0]).set(D, null);
            assertEquals(AWKWARD.size() + 1, writer.flush(c));
            assertEquals(0, writer.flush(c), "a flushed writer is empty");
            try (ResultSet r = st.executeQuery("select n, t, a, d from copied order by n")) {
                r.next();
                assertEquals(-1L, r.getLong(1));
                assertEquals(null, r.getString(2));
                assertEquals(List.of(), Arrays.asList((String[]) r.getArray(3).getArray()));
                assertEquals(null, r.getObject(4));
                for (String expected : AWKWARD) {
                    r.next();
                    assertEquals(expected, r.getString(2));
                    assertEquals(List.of(expected, "plain"), Arrays.asList((String[]) r.getArray(3).getArray()));
                    assertEquals(LocalDate.of(2024, 2, 29), r.getObject(4, LocalDate.class));
                }
            }
        }
    }
}
