package org.entente.extract.model;

import java.time.LocalDate;
import java.util.List;
import org.entente.corpus.DatePrecision;

/**
 * An agreement the article reports as concluded, agreed or planned.
 *
 * @param kind joint_declaration, mou, agreement, treaty, contract, partnership or other
 * @param status signed, agreed or planned
 * @param signedOn when it was signed (first of the month at month precision), or null
 * @param signedPrecision precision of {@code signedOn}, null exactly when it is null
 * @param placeName the place of signing as written, or null
 * @param placeCountryIso2 the country of the place of signing, or null
 * @param sectors codes of {@link Sector} (core.sector), most salient first; only the first three are kept
 * @param parties the signatories, at least one, without duplicates
 * @param evidence the sentence that reports it
 */
public record Agreement(String kind, String status, LocalDate signedOn, DatePrecision signedPrecision,
                        String placeName, String placeCountryIso2, List<String> sectors,
                        List<Party> parties, Evidence evidence) {
    public Agreement {
        sectors = List.copyOf(sectors.subList(0, Math.min(3, sectors.size())));
        parties = List.copyOf(parties);
        if ((signedOn == null) != (signedPrecision == null)) {
            throw new IllegalArgumentException("signedOn and signedPrecision go together");
        }
    }
}
