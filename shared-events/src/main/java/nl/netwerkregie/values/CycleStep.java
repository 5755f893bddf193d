package nl.netwerkregie.values;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five steps of a programme cycle, started one after the other; once started, a step keeps running
 * until the cycle closes.
 */
public enum CycleStep {
    /** 1: introduce the theme and the pattern of regievoering. */
    INTRODUCE_THEME(1),
    /** 2: order the (network) relations. */
    ORDER_RELATIONS(2),
    /** 3: make contact and start a broad conversation. */
    BROAD_CONVERSATION(3),
    /** 4: present the possibilities of self-organisation, up to the manifestation moment. */
    PRESENT_SELF_ORGANISATION(4),
    /** 5: establish the self-organising capacity, the facilities and the practice agreements. */
    ESTABLISH_CAPACITY(5);

    private final int number;

    CycleStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The step before this one, or empty for step 1. */
    public Optional<CycleStep> previous() {
        return number == 1 ? Optional.empty() : Optional.of(values()[number - 2]);
    }

    public static Optional<CycleStep> ofNumber(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }
}
