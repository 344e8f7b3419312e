package org.entente.extract.rules;

/** The role column of party_cues.tsv, in lower case there. */
public enum PartyCue {
    /** Introduces the parties of an agreement ("entre"). */
    BETWEEN,
    /** After the verb, introduces the other party ("avec"). */
    WITH,
    /** After a passive verb, introduces the party that acted ("par"). */
    AGENT,
    /** Before a country, makes it where something happened, not a party ("en"). */
    LOCATIVE,
    /** Before "de" and a capital, makes the capital a place ("sommet"). */
    PLACE_NOUN,
    /** Stands for the article's principal countries ("les deux pays"). */
    COLLECTIVE,
    /** Before a trigger, refers back to an agreement already named ("cet"). */
    ANAPHOR,
    /** Before a trigger, announces a further agreement ("autre"). */
    ANOTHER,
    /** Before a trigger, names an existing frame rather than a new agreement ("dans le cadre du"). */
    FRAME,
    /** Opens an adverbial before the subject, which starts after its comma ("selon"). */
    OPENER,
    /** Before a capital, makes it a place ("depuis"). */
    PLACE,
    /** A determiner that opens one document of a list ("le"). */
    ITEM,
    /** Lists every document of a batch named before ("comprennent"). */
    ENUMERATION,
    /** Gives some documents of a batch named before, as examples ("parmi"). */
    EXAMPLE,
    /** After "s'y" or "s'", adds more documents to those of a batch listed before ("Il s'y ajoute le mémorandum …"). */
    ADDITION,
    /** Before "de" and an organization, makes it the host of a meeting, no signatory ("la 73e session de l'Assemblée générale"). */
    MEETING,
    /** Joins a document's subject to what it is ("est"). */
    COPULA,
    /** Opens an insert naming on whose behalf the next agent signed: "et, pour le Qatar, par …" ("pour"). */
    BEHALF,
    /** In the subject, the other side of a bilateral meeting, named by no country of its own ("homologue"). */
    COUNTERPART,
    /** Before "de" and an organization, makes it the parent of the one described, no party ("filiale"). */
    PARENT,
    /** A few words before a country or an organization, makes it an adversary, no party ("contre la guérilla des FARC"). */
    OPPONENT,
    /**
     * A frame that, before a partnership, founds it rather than recalls it ("l'établissement du partenariat
     * stratégique"): the partnership is this news.
     */
    FOUNDING,
    /**
     * In the subject, two sides that may be companies or other organizations ("les deux parties", "les deux
     * groupes"): the two organizations the sentences before name (up to three, nearest first), when they come
     * to two and no more.
     */
    PAIR_OF_ORGANIZATIONS,
    /**
     * In the subject, states left unnamed ("plusieurs pays"): their documents are none of the article's
     * principal countries'.
     */
    UNNAMED_STATES,
    /**
     * After a definite article and alone, one state named before ("le pays", "l'État"): the country named
     * last before it, up to three sentences back.
     */
    STATE_ANAPHOR,
    /**
     * After a definite or anaphoric determiner and alone, one organization named before, whatever its kind
     * ("l'institution", "ladite institution"): the organization named last before it, up to three sentences back.
     */
    ORGANIZATION_ANAPHOR,
    /**
     * The first word of a political party's name ("parti"): its leaders sign for the state the name holds ("le
     * secrétaire général du Parti communiste du Vietnam"), the party no signatory of its own.
     */
    POLITICAL_PARTY
}
