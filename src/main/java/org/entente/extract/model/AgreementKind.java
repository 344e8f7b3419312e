package org.entente.extract.model;

/** What an agreement is (core.agreement_kind describes each). */
public enum AgreementKind implements Vocabulary {
    JOINT_DECLARATION, MOU, AGREEMENT, TREATY, CONTRACT, PARTNERSHIP, OTHER
}
