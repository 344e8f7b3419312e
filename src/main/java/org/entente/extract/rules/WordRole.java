package org.entente.extract.rules;

/** The role column of function_words.tsv, in lower case there. */
public enum WordRole {
    /** Capitalized at the start of a sentence without being part of a name ("Selon"). */
    SENTENCE_OPENER,
    /** Joins the words of a descriptor such as "la société de ..." ("de"). */
    DESCRIPTOR_LINK,
    /** Before a name, makes it a description ("la"). */
    DETERMINER,
    /** Before "à", makes the capital after it an actor, not a place ("face"). */
    ACTOR_BEFORE_A,
    /** Opens a negation ("ne", "n'"). */
    NEGATION,
    /** Closes a negation ("pas"). */
    NEGATION_END,
    /** A form of a signing verb that a negation voids ("signee"). */
    NEGATED_VERB,
    /** A number word, its value in the third column ("trois"). */
    NUMBER
}
