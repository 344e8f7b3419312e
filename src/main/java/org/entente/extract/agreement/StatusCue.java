package org.entente.extract.agreement;

import java.util.Locale;

/** The values of status_cues.tsv that are not a status (core.agreement_status), in lower case there. */
enum StatusCue {
    /** A status only when nothing stronger is said ("a annoncé"). */
    WEAK,
    /** Says no agreement was made ("a expiré"). */
    NEGATIVE,
    /** May sit inside another cue ("également" of "ont également signé"). */
    ADVERB;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
