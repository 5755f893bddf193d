package nl.netwerkregie.query.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Position;

/** A theme's network of involvement as it stood on {@code date}. */
public record NetworkView(
        String municipality,
        String themeId,
        LocalDate date,
        String name,
        String story,
        List<String> buurten,
        LocalDate namedOn,
        Period developmentPeriod,
        List<IngredientView> ingredients,
        List<ActorView> actors,
        List<SchakelView> schakels,
        List<ContactView> contacts,
        List<HarvestView> harvests) {

    public record Period(LocalDate start, LocalDate end) {}

    /**
     * An ingredient present on the date. One of kind PERSON names an actor ({@code person}); its text is
     * sealed with that person's key, so it is {@code null} with {@code textWithheld} true for a caller who may
     * not see personal data, and {@code null} with {@code erased} true once the person was erased.
     */
    public record IngredientView(
            String ingredientId,
            IngredientKind kind,
            String text,
            String person,
            boolean textWithheld,
            boolean erased,
            String writtenBy,
            LocalDate addedOn) {}

    /**
     * An actor in the network on the date: holding at least one position, being a schakel, or having
     * been invited to a position (then possibly with no position yet). {@code positions} are in ring
     * order. {@code name} is {@code null} and {@code erased} true when the person's data was erased;
     * {@code name} is {@code null} and {@code nameWithheld} true when the caller may not see personal data
     * (a researcher, an auditor without the personal-data grant).
     */
    public record ActorView(
            String actorId,
            ActorType type,
            String name,
            boolean erased,
            boolean nameWithheld,
            Set<Position> positions,
            List<Invitation> invitations,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "The actor's sector on the date, when it was classified by then")
            nl.netwerkregie.values.Sector sector,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "The buurt the actor belongs to on the date, when classified with one")
            String buurt) {
        public ActorView {
            positions = Position.canonical(positions);
        }
    }

    public record Invitation(Position position, LocalDate date) {}

    public record SchakelView(
            String actorId, LocalDate since, List<String> ingredientIds, List<LocalDate> invitedToAnalyseOn) {}

    public record ContactView(
            String contactId,
            ContactForm form,
            List<String> schakels,
            String story,
            LocalDate preparedOn,
            LocalDate madeOn,
            String outcome) {}

    /** A harvest: its date, its event's sequence number (by which a correction names it) and its items standing. */
    public record HarvestView(
            LocalDate date, long sequence, List<nl.netwerkregie.query.projection.HarvestItemView> items) {}
}
