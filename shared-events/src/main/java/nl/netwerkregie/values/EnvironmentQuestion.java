package nl.netwerkregie.values;

/**
 * The questions of the environment analysis, each of one angle; the last two are asked from every angle and close
 * each of them.
 */
public enum EnvironmentQuestion {
    /** What is your involvement? */
    WHAT_IS_YOUR_INVOLVEMENT(EnvironmentAngle.INVOLVEMENT),
    /** How, and through whom, do you make contact? */
    HOW_DO_YOU_MAKE_CONTACT(EnvironmentAngle.INVOLVEMENT),
    /** How do you build the network? */
    HOW_DO_YOU_BUILD_THE_NETWORK(EnvironmentAngle.INVOLVEMENT),
    /** What is your position in the network? */
    WHAT_IS_YOUR_POSITION(EnvironmentAngle.INVOLVEMENT),
    /** What is your knowledge? */
    WHAT_IS_YOUR_KNOWLEDGE(EnvironmentAngle.KNOWLEDGE),
    /** How do you make that knowledge accessible? */
    HOW_DO_YOU_MAKE_KNOWLEDGE_ACCESSIBLE(EnvironmentAngle.KNOWLEDGE),
    /** How do you communicate about it? */
    HOW_DO_YOU_COMMUNICATE(EnvironmentAngle.KNOWLEDGE),
    /** How do you build awareness? */
    HOW_DO_YOU_BUILD_AWARENESS(EnvironmentAngle.KNOWLEDGE),
    /** What is your effort? */
    WHAT_IS_YOUR_EFFORT(EnvironmentAngle.EFFORT),
    /** How do you share attention with others? */
    HOW_DO_YOU_SHARE_ATTENTION(EnvironmentAngle.EFFORT),
    /** How do you connect networks? */
    HOW_DO_YOU_CONNECT_NETWORKS(EnvironmentAngle.EFFORT),
    /** How do you see to alignment? */
    HOW_DO_YOU_ALIGN(EnvironmentAngle.EFFORT),
    /** What is your capacity? */
    WHAT_IS_YOUR_CAPACITY(EnvironmentAngle.CAPACITY),
    /** What are you an example of? */
    WHAT_ARE_YOU_AN_EXAMPLE_OF(EnvironmentAngle.CAPACITY),
    /** How do you make that visible? */
    HOW_DO_YOU_MAKE_IT_VISIBLE(EnvironmentAngle.CAPACITY),
    /** How do you pass it on to those involved? */
    HOW_DO_YOU_PASS_IT_ON(EnvironmentAngle.CAPACITY),
    /** How does this connect to the own strength? (every angle) */
    CONNECTS_TO_OWN_STRENGTH(null),
    /** How do you make yourself superfluous? (every angle) */
    MAKING_YOURSELF_SUPERFLUOUS(null);

    private final EnvironmentAngle angle;

    EnvironmentQuestion(EnvironmentAngle angle) {
        this.angle = angle;
    }

    /** Whether the question is asked from {@code of}. */
    public boolean askedFrom(EnvironmentAngle of) {
        return angle == null || angle == of;
    }
}
