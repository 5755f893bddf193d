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
        long version,
        String consistencyToken) {

    /** The token names the aggregate the command changed (the theme, or the actor when there is no theme). */
    public static Recorded of(
            String themeId, String actorId, List<String> ingredientIds, String contactId, long version) {
        String aggregate = themeId != null ? themeId : actorId;
        return new Recorded(themeId, actorId, ingredientIds, contactId, version, aggregate + "." + version);
    }
}
