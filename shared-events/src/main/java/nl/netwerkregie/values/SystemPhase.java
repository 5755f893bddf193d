package nl.netwerkregie.values;

import java.util.Optional;

/**
 * The five phases of building the social system of a theme in a buurt (stelselmatrix handbook), in order.
 * They start one after another and keep running.
 */
public enum SystemPhase {
    /** Name theme and buurt, make the positions visible, a communication plan for the portfolio, align themes. */
    INVITE_POSITIONS,
    /** Draw up and run a programme of activities for the buurt. */
    PROGRAMME_OF_ACTIVITIES,
    /** Challenge to learn; examine expertise, services and facilities (new contracts and learning agreements follow). */
    LEARN_AND_EXAMINE,
    /** Compare buurten: buurten present their portfolios, wijkteams their way of working. */
    COMPARE_BUURTEN,
    /** Secure the system by working periodically on a current theme. */
    SECURE_THE_SYSTEM;

    /** 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<SystemPhase> ofNumber(Integer n) {
        return n == null || n < 1 || n > values().length ? Optional.empty() : Optional.of(values()[n - 1]);
    }
}
