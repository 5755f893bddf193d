package nl.netwerkregie.values;

/** What an item of the buurtportfolio is. */
public enum PortfolioKind {
    STORY,
    EXAMPLE,
    INITIATIVE,
    REMARK,
    STATEMENT,
    IDEA,
    NETWORK,
    EVENT
}
