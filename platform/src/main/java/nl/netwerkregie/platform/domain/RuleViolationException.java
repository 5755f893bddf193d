package nl.netwerkregie.platform.domain;

/**
 * A command that breaks a rule given the current state (leaving a position not held, linking an
 * unknown ingredient, ...): answered {@code 409} naming the rule and the field at fault.
 */
public class RuleViolationException extends RuntimeException {
    private final String rule;
    private final String field;

    /**
     * @param rule   a stable, kebab-case name of the rule, e.g. {@code position-not-held}
     * @param field  the request field at fault
     * @param detail a sentence for people
     */
    public RuleViolationException(String rule, String field, String detail) {
        super(detail);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
