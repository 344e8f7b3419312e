package org.entente.extract.model;

/**
 * How an article referred to a country; a sub-national region ("le Yunnan") stands for its state as a
 * signatory or a place, and is no mention of the state among the article's countries.
 */
public enum MentionType {
    NAME, DEMONYM, CAPITAL, EPITHET, SUBNATIONAL;

    /** The lower-case code stored in the warehouse. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
