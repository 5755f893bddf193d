package nl.netwerkregie.values;

/** A way of organising the broad conversation of step 3. */
public enum ConversationMethod {
    /** Interviewers portraying a diversity of people. */
    INTERVIEWS,
    /** Narrative research collecting a network of stories into a shared story. */
    NARRATIVE_RESEARCH,
    /** Network builders who do nothing but make relations and carry the conversation further. */
    NETWORK_BUILDERS,
    /** Group sessions doing a network analysis together. */
    GROUP_NETWORK_ANALYSIS,
    /** Any other method, described in words. */
    OTHER
}
