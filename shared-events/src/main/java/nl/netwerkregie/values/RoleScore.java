package nl.netwerkregie.values;

import java.util.List;

/**
 * One respondent's answer for one role of regie: its presence from 1 (hardly or not) to 5 (amply), see
 * {@link Presence}, and who fills the role in the respondent's eyes (actors; may be empty).
 */
public record RoleScore(RegieRole role, int level, List<ActorId> filledBy) {
    public RoleScore {
        filledBy = filledBy == null ? List.of() : List.copyOf(filledBy);
    }
}
