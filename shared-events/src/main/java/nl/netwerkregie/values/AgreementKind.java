package nl.netwerkregie.values;

/** What follows from examining expertise, services and facilities in phase 3: a new contract or a learning agreement. */
public enum AgreementKind {
    CONTRACT,
    LEARNING_AGREEMENT
}
