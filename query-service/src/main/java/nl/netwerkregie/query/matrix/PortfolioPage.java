package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.PublicationMedium;

/** One page of the buurtportfolio of a theme in a buurt on a date, newest first, with its communication plan. */
@Schema(description = "One page of the buurtportfolio on a date, newest first")
public record PortfolioPage(
        String municipality,
        String themeId,
        String buurt,
        LocalDate on,
        int page,
        int pageSize,
        long total,
        PhasesView.CommunicationPlan communicationPlan,
        List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String portfolioItemId,
            PortfolioKind kind,
            String text,
            PublicationMedium medium,
            String link,
            LocalDate date) {}
}
