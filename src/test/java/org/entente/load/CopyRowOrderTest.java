package org.entente.load;

import static org.entente.db.schema.core.Tables.AGREEMENT_PARTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A COPY row is built column by column from the generated fields: a slip fails at the value, not in PostgreSQL. */
class CopyRowOrderTest {
    private final CopyWriter parties = new CopyWriter("core.agreement_party", List.of(AGREEMENT_PARTY.AGREEMENT_ID,
            AGREEMENT_PARTY.PARTY_NO, AGREEMENT_PARTY.COUNTRY_ISO2, AGREEMENT_PARTY.ORGANIZATION_ID));

    @Test
    void aRowWithEveryColumnInOrderIsTaken() {
        parties.row().set(AGREEMENT_PARTY.AGREEMENT_ID, 1L).set(AGREEMENT_PARTY.PARTY_NO, 0)
                .set(AGREEMENT_PARTY.COUNTRY_ISO2, "KR").set(AGREEMENT_PARTY.ORGANIZATION_ID, null);
        parties.row().set(AGREEMENT_PARTY.AGREEMENT_ID, 1L).set(AGREEMENT_PARTY.PARTY_NO, 1)
                .set(AGREEMENT_PARTY.COUNTRY_ISO2, null).set(AGREEMENT_PARTY.ORGANIZATION_ID, 7L);
        assertEquals(2, parties.size());
    }

    @Test
    void aMisplacedColumnFailsAtOnce() {
        CopyWriter row = parties.row().set(AGREEMENT_PARTY.AGREEMENT_ID, 1L);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> row.set(AGREEMENT_PARTY.COUNTRY_ISO2, "KR"));
        assertEquals("COPY into core.agreement_party: country_iso2 given where column 2 is party_no", e.getMessage());
    }

    @Test
    void aMissingColumnFailsAtTheNextRow() {
        parties.row().set(AGREEMENT_PARTY.AGREEMENT_ID, 1L).set(AGREEMENT_PARTY.PARTY_NO, 0)
                .set(AGREEMENT_PARTY.COUNTRY_ISO2, "KR");
        IllegalStateException e = assertThrows(IllegalStateException.class, parties::row);
        assertEquals("COPY into core.agreement_party: a row has 3 of its 4 columns, the next one being organization_id",
                e.getMessage());
    }

    @Test
    void aValueBeyondTheLastColumnFails() {
        CopyWriter row = parties.row().set(AGREEMENT_PARTY.AGREEMENT_ID, 1L).set(AGREEMENT_PARTY.PARTY_NO, 0)
                .set(AGREEMENT_PARTY.COUNTRY_ISO2, "KR").set(AGREEMENT_PARTY.ORGANIZATION_ID, null);
        assertThrows(IllegalStateException.class, () -> row.set(AGREEMENT_PARTY.AGREEMENT_ID, 2L));
    }
}
