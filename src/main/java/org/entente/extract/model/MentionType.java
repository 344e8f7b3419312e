package org.entente.extract.model;

/** How an article referred to a country. */
public enum MentionType {
    NAME, DEMONYM, CAPITAL, EPITHET;

    /** The lower-case code stored in the warehouse. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
