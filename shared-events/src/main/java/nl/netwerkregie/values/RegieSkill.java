package nl.netwerkregie.values;

/** The skills a municipality stresses in a phase of the process (MOVISIE's third schema). */
public enum RegieSkill {
    NETWORKING,
    STIMULATING,
    INITIATING,
    NEGOTIATING,
    DECIDING,
    MEDIATING,
    FACILITATING,
    MAKING_AGREEMENTS,
    FIXING_AGREEMENTS
}
