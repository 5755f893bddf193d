package nl.netwerkregie.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a command service answers when a command was recorded: the ids it concerns or created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The command was recorded; the ids it concerns or created.")
public record Recorded(String themeId, String actorId, List<String> ingredientIds, String contactId) {
    public static Recorded theme(String themeId) {
        return new Recorded(themeId, null, null, null);
    }
}
