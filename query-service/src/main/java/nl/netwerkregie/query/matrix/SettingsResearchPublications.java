package nl.netwerkregie.query.matrix;

import java.time.LocalDate;
import nl.netwerkregie.platform.security.ResearchPublications;
import org.springframework.stereotype.Component;

/** Researchers' access follows the municipality's setting, read from the settings view. */
@Component
class SettingsResearchPublications implements ResearchPublications {
    private final MatrixViews views;

    SettingsResearchPublications(MatrixViews views) {
        this.views = views;
    }

    @Override
    public boolean publishedForResearch(String municipality, LocalDate date) {
        return views.publishedForResearch(municipality, date);
    }
}
