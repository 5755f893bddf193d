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

        long version,
        String consistencyToken) {

    /** The token names the aggregate the command changed (the theme, or the actor when there is no theme). */
    public static Recorded of(
            String themeId, String actorId, List<String> ingredientIds, String contactId, long version) {
        String aggregate = themeId != null ? themeId : actorId;
        return new Recorded(
                themeId, actorId, ingredientIds, contactId, null, null, null, version, aggregate + "." + version);
    }

    /** A command on a theme's programme cycle; {@code meetingId} and {@code agreementId} may be {@code null}. */
    public static Recorded ofCycle(String themeId, int cycle, String meetingId, String agreementId, long version) {
        return new Recorded(themeId, null, null, null, cycle, meetingId, agreementId, version, themeId + "." + version);
    }
}
