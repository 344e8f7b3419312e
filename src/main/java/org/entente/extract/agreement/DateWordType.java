package org.entente.extract.agreement;

/** The type column of date_words.tsv, in lower case there. */
enum DateWordType {
    /** A month's name, its number as value ("mars"). */
    MONTH,
    /** A day's name, its ISO number as value ("lundi"). */
    WEEKDAY,
    /** A day named from publication, its offset in days as value ("hier"). */
    RELATIVE,
    /** After a day number ("1er"). */
    ORDINAL_SUFFIX,
    /** Between the two days of a range ("du 3 au 5 mars"). */
    RANGE_JOINER,
    /** Before a month named alone ("fin juin"): the last such month for what was done, the next for what is planned. */
    MONTH_LEAD,
    /** Before a month named alone, only ever ahead: a planned date ("d'ici juin"). */
    FUTURE_MONTH_LEAD,
    /** Before a bare year ("en 2019"). */
    YEAR_LEAD,
    /** Opens a page's publication stamp ("Date de publication : 12/06/2023", "mise à jour le 01/05"). */
    PUBLICATION_LEAD
}
