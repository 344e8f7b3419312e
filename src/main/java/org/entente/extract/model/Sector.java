package org.entente.extract.model;

/** A field an agreement covers (core.sector describes each). */
public enum Sector implements Vocabulary {
    AGRICULTURE, AEROSPACE, CYBER, DEFENSE, DIPLOMACY, EDUCATION, ENERGY, ENVIRONMENT, FINANCE, HEALTH,
    INFRASTRUCTURE, MIGRATION, MINING, SCIENCE, SECURITY, TELECOM, TRADE
}
