package nl.netwerkregie.command.theme;

/** What starting a programme cycle answers: the theme's version after it and the number of the new cycle. */
public record StartedCycle(long version, int cycle) {}
