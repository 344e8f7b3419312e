package org.entente.extract.agreement;

import java.util.Locale;

/** The values of status_cues.tsv that are not a status (core.agreement_status), in lower case there. */
enum StatusCue {
    /** A status only when nothing stronger is said ("a annoncé"). */
    WEAK,
    /** Says no agreement was made ("a expiré"). */
    NEGATIVE,
    /**
     * A pluperfect ("avait signé"): an older agreement recalled, unless reported speech puts it there
     * ("a indiqué que le pays avait signé"), where it is the signing reported.
     */
    PLUPERFECT,
    /** May sit inside another cue ("également" of "ont également signé"). */
    ADVERB;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
