package org.entente.extract.model;

/** How far an agreement has gone (core.agreement_status describes each). */
public enum AgreementStatus implements Vocabulary {
    SIGNED, AGREED, PLANNED
}
