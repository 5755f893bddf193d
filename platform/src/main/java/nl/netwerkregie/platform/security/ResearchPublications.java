package nl.netwerkregie.platform.security;

import java.time.LocalDate;

/**
 * Whether a municipality had published its data for research on a date (a municipality setting). A
 * researcher's token opens a municipality's views only then. A service without such views has none of
 * these beans, and researchers get nothing there.
 */
public interface ResearchPublications {
    boolean publishedForResearch(String municipality, LocalDate date);
}
