package nl.netwerkregie.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a command service answers when a command was recorded: the ids it concerns or created, the
 * version of the theme (or actor) after it, and the consistency token to pass to the query service so
 * that its answer already includes this command.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "The command was recorded; the ids it concerns or created, the version of the theme (or of the "
                + "actor) after it, and a consistency token for the query service.")
public record Recorded(
        String themeId,
        String actorId,
        List<String> ingredientIds,
        String contactId,

        @Schema(description = "The programme cycle the command concerns or started")
        Integer cycle,

        @Schema(description = "The meeting moment the command planned or concerns")
        String meetingId,

        @Schema(description = "The practice agreement the command made")
        String agreementId,

        @Schema(description = "The buurt of the stelselmatrix the command concerns")
        String buurt,

        @Schema(description = "The attention point the command added or concerns")
        String attentionPointId,

        @Schema(description = "The responsibility the command entered in the ledger or concerns")
        String responsibilityId,

        @Schema(description = "The version number of the judgement scale the command defined")
        Integer scaleVersion,

        @Schema(description = "The activity the command planned or concerns")
        String activityId,

        @Schema(description = "The portfolio item the command added or concerns")
        String portfolioItemId,

        @Schema(
                description =
                        "The analysis (theme, environment or capacity analysis, pattern research) the command opened or concerns")
        String analysisId,

        @Schema(description = "The region the command defined or concerns")
        String regionId,

        @Schema(description = "The scan moment of the region's zelfscan the command opened or concerns")
        Integer scan,

        long version,
        String consistencyToken) {

    /** The token names the aggregate the command changed (the theme, or the actor when there is no theme). */
    public static Recorded of(
            String themeId, String actorId, List<String> ingredientIds, String contactId, long version) {
        String aggregate = themeId != null ? themeId : actorId;
        return new Recorded(
                themeId,
                actorId,
                ingredientIds,
                contactId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                version,
                aggregate + "." + version);
    }

    /** A command on a theme's programme cycle; {@code meetingId} and {@code agreementId} may be {@code null}. */
    public static Recorded ofCycle(String themeId, int cycle, String meetingId, String agreementId, long version) {
        return new Recorded(
                themeId,
                null,
                null,
                null,
                cycle,
                meetingId,
                agreementId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                version,
                themeId + "." + version);
    }

    /**
     * A command on a theme's stelselmatrix in a buurt; {@code attentionPointId} and {@code responsibilityId}
     * may be {@code null}. The token names the matrix: {@code <themeId>:matrix:<buurt>.<version>}.
     */
    public static Recorded ofMatrix(
            String themeId, String buurt, String attentionPointId, String responsibilityId, long version) {
        return new Recorded(
                themeId,
                null,
                null,
                null,
                null,
                null,
                null,
                buurt,
                attentionPointId,
                responsibilityId,
                null,
                null,
                null,
                null,
                null,
                null,
                version,
                themeId + ":matrix:" + buurt + "." + version);
    }

    /** A command on a matrix's programme of activities, its phase-3 agreements or its portfolio; one id may be set. */
    public static Recorded ofMatrixItem(
            String themeId, String buurt, String activityId, String agreementId, String portfolioItemId, long version) {
        return new Recorded(
                themeId,
                null,
                null,
                null,
                null,
                null,
                agreementId,
                buurt,
                null,
                null,
                null,
                activityId,
                portfolioItemId,
                null,
                null,
                null,
                version,
                themeId + ":matrix:" + buurt + "." + version);
    }

    /** A command on a municipality's settings; the token names them: {@code <municipality>.<version>}. */
    public static Recorded ofSettings(String municipality, Integer scaleVersion, long version) {
        return new Recorded(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                scaleVersion,
                null,
                null,
                null,
                null,
                null,
                version,
                municipality + "." + version);
    }

    /** A command on an analysis made with an instrument; the token names the analysis: {@code <analysisId>.<version>}. */
    public static Recorded ofAnalysis(String themeId, String analysisId, long version) {
        return new Recorded(
                themeId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                analysisId,
                null,
                null,
                version,
                analysisId + "." + version);
    }

    /** A command on a region or its zelfscan; the token names the region: {@code <regionId>.<version>}. */
    public static Recorded ofRegion(String regionId, Integer scan, long version) {
        return new Recorded(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                regionId,
                scan,
                version,
                regionId + "." + version);
    }
}
