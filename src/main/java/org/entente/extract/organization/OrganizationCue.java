package org.entente.extract.organization;

/** The role column of organization_cues.tsv, in lower case there. */
enum OrganizationCue {
    /** A word that opens an organization's name and says its kind ("ministère"). */
    BEFORE,
    /** As before, and part of the name when the name follows it at once ("université" of "université Binus"). */
    HEAD,
    /** As head, for a word that also names a part of a country ("le Centre du Vietnam"): a name needs words of its own. */
    REGION_HEAD,
    /** A word that may join two capitalized words inside a name ("de", "&"). */
    CONNECTOR,
    /** A word that makes a name a state's body ("national"). */
    STATE,
    /** A word that closes a company's name and says its kind ("SA", "Group"). */
    SUFFIX
}
