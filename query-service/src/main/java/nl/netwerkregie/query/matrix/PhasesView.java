package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.SystemPhase;

/** The phases of building the social system of a theme in a buurt on a date, with the agreements of phase 3 and the communication plan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The five phases of building the social system on a date")
public record PhasesView(
        String municipality,
        String themeId,
        String buurt,
        LocalDate on,

        @Schema(description = "All five phases in order; startedOn is absent for a phase not started by the date")
        List<Phase> phases,

        @Schema(description = "The contracts and learning agreements of phase 3 made by the date")
        List<Agreement> agreements,

        CommunicationPlan communicationPlan) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phase(int number, SystemPhase phase, LocalDate startedOn) {}

    public record Agreement(
            String agreementId,
            AgreementKind kind,
            String party,
            String what,
            LocalDate start,
            LocalDate end,

            @Schema(description = "Whether the date lies inside its period")
            boolean running,

            LocalDate madeOn) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommunicationPlan(List<String> channels, List<String> audiences, String rhythm, LocalDate since) {}
}
