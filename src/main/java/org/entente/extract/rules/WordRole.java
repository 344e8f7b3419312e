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
    NUMBER,
    /** Joins two names, so a capital after "à Séoul et" is a place too ("et", "ou"). */
    COORDINATOR,
    /** Joins the last name of a list ("X, Y et Z"), as a comma joins the others ("et"). */
    LIST_JOINER,
    /** Before a day number, opens a date ("Le 12 mars, ..."). */
    DATE_ARTICLE,
    /** Between a locative and a country, looked past ("dans la", "depuis les"). */
    LOCATIVE_ARTICLE,
    /** A demonstrative that refers back wherever it stands ("cet accord"). */
    DEMONSTRATIVE,
    /** Between a place noun and a capital: "le sommet de Vilnius" ("de", "d'"). */
    OF,
    /** The preposition after an actor_before_a word ("face à"), folded ("a"). */
    TO,
    /** A letter that ends a plural noun ("s", "x"). */
    PLURAL_ENDING,
    /** A company's legal form after its name ("Limited"): the same company, not a subsidiary. */
    LEGAL_FORM,
    /** A title before a person's name ("president", folded): the name after it is a person's. */
    PERSON_TITLE,
    /** A civility before a person's surname ("m.", "mme", folded): it names a person, no office. */
    CIVILITY,
    /** A person's position opening an apposition after the name: "Marie X, directrice du département … à la Banque mondiale" (folded). */
    POSITION,
    /** Heads the name of an office ("ministère", folded): sector words in that name are not what a document is about. */
    OFFICE_HEAD,
    /** A rank after an office's head that makes it a person's title at an organization: "secrétaire exécutif de la X". */
    OFFICE_RANK,
    /** Opens an office's portfolio in lower case: "le secrétaire chargé de la diaspora" ("charge", folded). */
    PORTFOLIO,
    /** Says what a document is about, in a sentence that refers back to it: "portent sur", "ont trait à" (folded). */
    OBJECT_CUE,
    /** Names the signing itself, whose place a sentence may tell ("la cérémonie de signature a eu lieu à Pékin", folded). */
    SIGNING_EVENT,
    /** Right after a trigger, makes it a document of three parties: "une déclaration tripartite" (folded). */
    TRILATERAL,
    /**
     * An auxiliary, then "été", after a definite trigger: the document already reported, said to be signed
     * ("C'est à Nairobi que l'accord a été signé", folded; "ete" has the role passive_participle).
     */
    PASSIVE_AUXILIARY,
    /** "été" after a passive auxiliary (folded). */
    PASSIVE_PARTICIPLE,
    /** An article contracted with "de" or "à" ("du", "au"), definite before an ordinal: "objet du cinquième accord" (folded). */
    CONTRACTED_ARTICLE,
    /**
     * A part of a country, or a town in it, between a locative and the country: "dans le nord-ouest de la
     * Tanzanie", "dans la capitale égyptienne" say where (folded).
     */
    AREA,
    /** A trigger's word as written with its accents ("traité"): without them ("la traite des personnes") it names no document. */
    ACCENTED_TRIGGER,
    /** "devraient" (folded): a partnership under it, with no document, is an exhortation. */
    OBLIGATION_MODAL,
    /** After an obligation modal, names a document to come ("signer", folded). */
    SIGNING_VERB,
    /** A host receiving a visitor ("a reçu son homologue", folded "recu"): the meeting is in the host's country. */
    HOSTING_VERB,
    /** After a hosting verb, what is received when it is a visit ("visite", "délégation", folded). */
    VISIT_NOUN,
    /** After a plural organization cue, opens its examples: "des sociétés, dont X et Y" ("dont", folded). */
    LIST_INTRODUCER,
    /** Adds a document to those reported before: "ont également signé", "un protocole supplémentaire" (folded). */
    ADDITIVE,
    /** An ordinal that picks one document of a counted batch, its position in the third column, 0 for the last ("premier", folded). */
    ORDINAL,
    /** Before an ordinal, makes it pick one document ("le premier", "l'un"); opens "Les documents signés sont …" (folded). */
    DEFINITE_ARTICLE,
    /** Inside a person's name, between capitalized words or before a hyphen: "ben", "al-" (folded). */
    NAME_PARTICLE,
    /** After an ordinal, opens what that document is about: "le premier porte sur", "le second, sur" (folded). */
    DESCRIBING,
    /** Joins the lower-case words of a name in sentence case: "Académie des sciences et des technologies" (folded). */
    NAME_LINK,
    /** A frequent verb that ends a name in sentence case: "l'Agence nationale de l'emploi signe" (folded). */
    NAME_STOP,
    /**
     * A company's cue that, capitalized inside a sentence, opens a name in sentence case as an
     * institution's does: "la Société nationale des hydrocarbures", unlike "le Groupe de travail" (folded).
     */
    SENTENCE_CASE_COMPANY,
    /**
     * A cue that opens a name only capitalized itself: "l'Autorité nationale des tunnels", not "relève de l'autorité
     * du Conseil" (folded).
     */
    CAPITALIZED_CUE,
    /** A clitic pronoun before a verb: "s'y ajoute", "s'ajoutent" (folded). */
    CLITIC,
    /** Reports speech, whose pluperfect is a signing reported, not recalled: "a indiqué que … avait signé" (folded). */
    REPORTING_VERB,
    /**
     * Joins or opens the items of a list of documents, and says nothing of what one is about: "et",
     * "ainsi qu'un", "de" (folded).
     */
    LIST_WORD,
    /**
     * Heads a local government's name ("la province de Binh Dinh", "la ville de …", folded): named without
     * its country, it signs for the article's other principal country, as an office does.
     */
    LOCAL_GOVERNMENT,
    /** A possessive before a trigger naming no party ("la signature de leurs accords", folded): the documents named before. */
    POSSESSIVE,
    /**
     * Opens a subordinate clause before the verb, up to its comma ("alors que", folded): the countries
     * it names are the clause's, not the subject's.
     */
    SUBORDINATOR,
    /**
     * A building or a street whose name follows it ("l'hôtel Bristol", "le stade Wembley", folded): a
     * city's name right after it names no town.
     */
    VENUE,
    /**
     * Second word of a sentence opening on a time span and an opener ("Dix jours après", "Quelques mois
     * avant"): the sentence opens on an adverbial up to its comma
     * ("Dix jours après la crise des sous-marins australiens, la France a signé …", folded): its
     * countries are no subject.
     */
    DURATION_UNIT,
    /** A currency whose demonym names no country: "110 milliards de riyals saoudiens" (folded). */
    CURRENCY,
    /** An indefinite determiner before a trigger: a document introduced as new ("un contrat signé", folded). */
    INDEFINITE,
    /** Opens a relative clause, whose year dates what it says of a party, not the document ("qui", folded). */
    RELATIVE_PRONOUN,
    /**
     * In or right after a document's name, makes it a lender's financing ("un contrat de financement",
     * "un accord de prêt", folded): signed by a bank alone, its other side is the borrower.
     */
    FUNDING,
    /**
     * A verb in the present saying what a text says ("stipule", "souligne", folded): a joint declaration
     * its subject is a statement issued.
     */
    CONTENT_VERB,
    /**
     * Opens what a document is for ("pour", "afin", folded): an "entre" after it joins the sides of that
     * purpose, not the document's own signatories.
     */
    PURPOSE,
    /** A multiple of an amount ("millions", folded): an acronym right after it is a currency ("121 millions d'AED"). */
    AMOUNT,
    /**
     * A verb of buying or supplying ("acheter", "fournir", folded): an "à" a few words after it opens the other side, the
     * seller or the buyer ("acheter à Airbus 210 avions", "un contrat pour fournir à la Roumanie des obusiers").
     */
    PURCHASE_VERB,
    /**
     * A determiner that points back like a definite article ("ladite", "cette", folded): before a noun of an
     * organization's kind, it stands for the organization named before ("ladite institution").
     */
    ANAPHORIC_DETERMINER,
    /**
     * A status verb that also ends an event ("conclu", folded): before an event's noun it reports no document
     * ("ont conclu mardi une visite de deux jours").
     */
    CLOSING_VERB,
    /** An event a closing verb ends: a visit, a tour, a meeting ("visite", "tournée", "travaux", folded). */
    EVENT_NOUN,
    /**
     * A document's noun ("convention", "code", folded): an acronym the article defines in brackets after a name it
     * heads names that document, no organization ("un code de conduite juridiquement contraignant (COC)").
     */
    DOCUMENT_NOUN,
    /** A singular indefinite article ("un", "une", folded): an acronym after it is a common noun ("d'un COC"), no organization. */
    SINGULAR_INDEFINITE,
    /**
     * Cites where a statement comes from ("selon", folded): a document after it and an article, following another in
     * its sentence, is the text of that one ("ont conclu un accord …, selon un mémorandum d'entente signé jeudi").
     */
    SOURCE,
    /**
     * Says each side of a subject signs on its own ("chacune", folded): "A et B ont signé un accord avec C … chacune"
     * is one document each, with C.
     */
    DISTRIBUTIVE
}
