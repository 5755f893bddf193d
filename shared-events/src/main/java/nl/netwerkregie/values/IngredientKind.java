package nl.netwerkregie.values;

/** What an ingredient of a network analysis is. */
public enum IngredientKind {
    IDEA,
    THOUGHT,
    MEANS,
    PERSON,
    BUILDING,
    SOFTWARE,
    INSTITUTION,
    IMAGE,
    SOURCE,
    MATERIAL,
    OTHER
}
