package nl.netwerkregie.command.theme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.InvitedToPosition;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.SchakelInvitedToAnalyse;
import nl.netwerkregie.events.SchakelLinked;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.platform.web.InvalidInputException;
import nl.netwerkregie.platform.web.RuleViolationException;
import nl.netwerkregie.platform.web.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.PositionShift;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A theme and its network of involvement. Owns every rule about the theme: which buurten it may
 * run in, which ingredients and schakels exist, which positions an actor holds on which date.
 *
 * <p>Effective dates may lie in the past. Rules that depend on time (an ingredient present, a
 * position held, a schakel and the ingredients it connects, the theme's name) are judged on the
 * command's effective date, taking every event already recorded
 * into account, so a back-dated command is checked against the network as it was on that date.
 *
 * <p>Every command handler answers the theme's version after its events (the sequence number of the
 * last one): the API hands it out as {@code ETag} and in the consistency token.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN)
class Theme {
    @AggregateIdentifier
    private ThemeId themeId;
    private MunicipalityCode municipality;
    private LocalDate namedOn;
    private final List<Dated<ThemeName>> names = new ArrayList<>();
    private final Map<IngredientId, Presence> ingredients = new HashMap<>();
    private final Map<ActorId, Schakel> schakels = new HashMap<>();
    private final Map<ContactId, Contact> contacts = new HashMap<>();
    private final Map<ActorId, List<PositionShift>> shifts = new HashMap<>();

    Theme() {
        // for Axon
    }

    @CommandHandler
    Theme(NameTheme command) {
        requireBuurtenOf(command.municipality(), command.buurten());
        apply(new ThemeNamed(command.themeId(), command.municipality(), command.name(), command.story(),
                List.copyOf(command.buurten()), command.developmentPeriod(), command.effectiveDate()));
    }

    @CommandHandler
    Long handle(RenameTheme command) {
        requireInScope(command.municipality(), command.effectiveDate());
        if (command.name().equals(Dated.on(names, command.effectiveDate()))) {
            throw new RuleViolationException("name-unchanged", "name",
                    "the theme already has this name on " + command.effectiveDate());
        }
        apply(new ThemeRenamed(themeId, command.name(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeStory command) {
        requireInScope(command.municipality(), command.effectiveDate());
        apply(new ThemeStoryChanged(themeId, command.story(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeBuurten command) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireBuurtenOf(municipality, command.buurten());
        apply(new ThemeBuurtenChanged(themeId, List.copyOf(command.buurten()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddIngredients command, ActorDirectory actors) {
        requireInScope(command.municipality(), command.effectiveDate());
        if (command.ingredients().isEmpty()) {
            throw new InvalidInputException("ingredients", "must hold at least one ingredient");
        }
        for (Ingredient ingredient : command.ingredients()) {
            if (ingredients.containsKey(ingredient.id())) {
                throw new RuleViolationException("ingredient-exists", "ingredients",
                        "ingredient " + ingredient.id() + " was already added");
            }
        }
        if (command.writtenBy() != null) {
            requireActor(actors, command.writtenBy(), "writtenBy");
        }
        if (command.session() != null) {
            List<ActorId> participants = command.session().participants();
            for (int i = 0; i < participants.size(); i++) {
                requireActor(actors, participants.get(i), "session.participants[" + i + "]");
            }
        }
        apply(new IngredientsAdded(themeId, List.copyOf(command.ingredients()), command.writtenBy(),
                command.session(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(WithdrawIngredient command) {
        requireInScope(command.municipality(), command.effectiveDate());
        Presence presence = ingredients.get(command.ingredientId());
        if (presence == null) {
            throw new UnknownResourceException("ingredient", command.ingredientId().value(), "ingredientId");
        }
        if (presence.until() != null) {
            throw new RuleViolationException("ingredient-already-withdrawn", "ingredientId",
                    "the ingredient was withdrawn on " + presence.until());
        }
        if (command.effectiveDate().isBefore(presence.since())) {
            throw new RuleViolationException("before-ingredient-added", "effectiveDate",
                    "the ingredient was only added on " + presence.since());
        }
        apply(new IngredientWithdrawn(themeId, command.ingredientId(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddSchakel command, ActorDirectory actors) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireActor(actors, command.actorId(), "actorId");
        if (schakels.containsKey(command.actorId())) {
            throw new RuleViolationException("already-schakel", "actorId", "the actor is already a schakel of this theme");
        }
        requireIngredientsPresent(command.ingredientIds(), command.effectiveDate());
        apply(new SchakelAdded(themeId, command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(LinkSchakel command) {
        requireInScope(command.municipality(), command.effectiveDate());
        Set<IngredientId> links = requireSchakel(command.actorId(), command.effectiveDate()).linksOn(command.effectiveDate());
        requireIngredientsPresent(command.ingredientIds(), command.effectiveDate());
        for (int i = 0; i < command.ingredientIds().size(); i++) {
            if (links.contains(command.ingredientIds().get(i))) {
                throw new RuleViolationException("already-linked", "ingredientIds[" + i + "]",
                        "the schakel already connects this ingredient on " + command.effectiveDate());
            }
        }
        apply(new SchakelLinked(themeId, command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(UnlinkSchakel command) {
        requireInScope(command.municipality(), command.effectiveDate());
        Set<IngredientId> links = requireSchakel(command.actorId(), command.effectiveDate()).linksOn(command.effectiveDate());
        requireNonEmpty(command.ingredientIds(), "ingredientIds");
        for (int i = 0; i < command.ingredientIds().size(); i++) {
            if (!links.contains(command.ingredientIds().get(i))) {
                throw new RuleViolationException("not-linked", "ingredientIds[" + i + "]",
                        "the schakel does not connect this ingredient on " + command.effectiveDate());
            }
        }
        apply(new SchakelUnlinked(themeId, command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(PrepareContact command) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireNonEmpty(command.schakels(), "schakels");
        if (command.form() == ContactForm.INDIVIDUAL && command.schakels().size() != 1) {
            throw new InvalidInputException("schakels", "must hold exactly one schakel for an INDIVIDUAL contact");
        }
        for (int i = 0; i < command.schakels().size(); i++) {
            Schakel schakel = schakels.get(command.schakels().get(i));
            if (schakel == null || !schakel.on(command.effectiveDate())) {
                throw new RuleViolationException("not-a-schakel", "schakels[" + i + "]",
                        "the actor is not a schakel of this theme on " + command.effectiveDate());
            }
        }
        if (contacts.containsKey(command.contactId())) {
            throw new RuleViolationException("contact-exists", "contactId", "this contact was already prepared");
        }
        apply(new ContactPrepared(themeId, command.contactId(), List.copyOf(command.schakels()), command.form(),
                command.story(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordContactMade command) {
        requireInScope(command.municipality(), command.effectiveDate());
        Contact contact = contacts.get(command.contactId());
        if (contact == null) {
            throw new UnknownResourceException("contact", command.contactId().value(), "contactId");
        }
        if (contact.made()) {
            throw new RuleViolationException("contact-already-made", "contactId", "this contact was already recorded as made");
        }
        if (command.effectiveDate().isBefore(contact.preparedOn())) {
            throw new RuleViolationException("before-contact-prepared", "effectiveDate",
                    "the contact was only prepared on " + contact.preparedOn());
        }
        apply(new ContactMade(themeId, command.contactId(), command.outcome(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(InviteSchakelToAnalyse command) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireSchakel(command.actorId(), command.effectiveDate());
        apply(new SchakelInvitedToAnalyse(themeId, command.actorId(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ShiftPosition command, ActorDirectory actors) {
        requireInScope(command.municipality(), command.effectiveDate());
        Set<Position> take = command.take() == null ? Set.of() : command.take();
        Set<Position> leave = command.leave() == null ? Set.of() : command.leave();
        if (take.isEmpty() && leave.isEmpty()) {
            throw new InvalidInputException("take", "must name at least one position when leave names none");
        }
        for (Position p : take) {
            if (leave.contains(p)) {
                throw new InvalidInputException("leave", "names " + p + ", which take names too: a position cannot be taken and left at once");
            }
        }
        requireActor(actors, command.actorId(), "actorId");
        Set<Position> held = PositionShift.heldOn(shifts.getOrDefault(command.actorId(), List.of()), command.effectiveDate());
        for (Position p : leave) {
            if (!held.contains(p)) {
                throw new RuleViolationException("position-not-held", "leave",
                        "the actor does not hold " + p + " on " + command.effectiveDate());
            }
        }
        for (Position p : take) {
            if (held.contains(p)) {
                throw new RuleViolationException("position-already-held", "take",
                        "the actor already holds " + p + " on " + command.effectiveDate());
            }
        }
        apply(new PositionShifted(themeId, command.actorId(), sorted(take), sorted(leave), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(InviteToPosition command, ActorDirectory actors) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireActor(actors, command.actorId(), "actorId");
        Set<Position> held = PositionShift.heldOn(shifts.getOrDefault(command.actorId(), List.of()), command.effectiveDate());
        if (held.contains(command.position())) {
            throw new RuleViolationException("position-already-held", "position",
                    "the actor already holds " + command.position() + " on " + command.effectiveDate());
        }
        apply(new InvitedToPosition(themeId, command.actorId(), command.position(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordManifestationHarvest command) {
        requireInScope(command.municipality(), command.effectiveDate());
        requireNonEmpty(command.items(), "items");
        apply(new ManifestationHarvestRecorded(themeId, List.copyOf(command.items()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // --- state ---

    @EventSourcingHandler
    void on(ThemeNamed event, @SequenceNumber long sequenceNumber) {
        themeId = event.themeId();
        municipality = event.municipality();
        namedOn = event.effectiveDate();
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
    }

    @EventSourcingHandler
    void on(ThemeRenamed event, @SequenceNumber long sequenceNumber) {
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
    }

    @EventSourcingHandler
    void on(IngredientsAdded event) {
        event.ingredients().forEach(i -> ingredients.put(i.id(), new Presence(event.effectiveDate(), null)));
    }

    @EventSourcingHandler
    void on(IngredientWithdrawn event) {
        ingredients.computeIfPresent(event.ingredientId(), (id, p) -> new Presence(p.since(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(SchakelAdded event, @SequenceNumber long sequenceNumber) {
        Schakel schakel = new Schakel(event.effectiveDate(), new ArrayList<>());
        schakel.links().add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(true, event.ingredientIds())));
        schakels.put(event.actorId(), schakel);
    }

    @EventSourcingHandler
    void on(SchakelLinked event, @SequenceNumber long sequenceNumber) {
        schakels.get(event.actorId()).links()
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(true, event.ingredientIds())));
    }

    @EventSourcingHandler
    void on(SchakelUnlinked event, @SequenceNumber long sequenceNumber) {
        schakels.get(event.actorId()).links()
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(false, event.ingredientIds())));
    }

    @EventSourcingHandler
    void on(ContactPrepared event) {
        contacts.put(event.contactId(), new Contact(event.effectiveDate(), false));
    }

    @EventSourcingHandler
    void on(ContactMade event) {
        contacts.computeIfPresent(event.contactId(), (id, c) -> new Contact(c.preparedOn(), true));
    }

    @EventSourcingHandler
    void on(PositionShifted event, @SequenceNumber long sequenceNumber) {
        shifts.computeIfAbsent(event.actorId(), a -> new ArrayList<>())
                .add(new PositionShift(event.effectiveDate(), sequenceNumber, event.taken(), event.left()));
    }

    // --- rules shared by several commands ---

    /** A command for another municipality's theme is answered as if the theme did not exist. */
    private void requireInScope(MunicipalityCode requested, LocalDate effectiveDate) {
        if (!municipality.equals(requested)) {
            throw new UnknownResourceException("theme", themeId.value(), "themeId");
        }
        if (effectiveDate.isBefore(namedOn)) {
            throw new RuleViolationException("before-theme-named", "effectiveDate",
                    "the theme was only named on " + namedOn);
        }
    }

    private static void requireBuurtenOf(MunicipalityCode municipality, List<BuurtCode> buurten) {
        requireNonEmpty(buurten, "buurten");
        for (int i = 0; i < buurten.size(); i++) {
            if (!buurten.get(i).belongsTo(municipality)) {
                throw new RuleViolationException("buurt-outside-municipality", "buurten[" + i + "]",
                        buurten.get(i) + " does not lie in " + municipality);
            }
        }
        if (new HashSet<>(buurten).size() != buurten.size()) {
            throw new InvalidInputException("buurten", "must not name a buurt twice");
        }
    }

    private void requireActor(ActorDirectory actors, ActorId actorId, String field) {
        if (!actors.municipalityOf(actorId).map(municipality::equals).orElse(false)) {
            throw new UnknownResourceException("actor", actorId.value(), field);
        }
    }

    /** The schakel as it stood on {@code date}: refused when the actor is not a schakel, or only became one later. */
    private Schakel requireSchakel(ActorId actorId, LocalDate date) {
        Schakel schakel = schakels.get(actorId);
        if (schakel == null) {
            throw new RuleViolationException("not-a-schakel", "actorId", "the actor is not a schakel of this theme");
        }
        if (!schakel.on(date)) {
            throw new RuleViolationException("before-schakel-added", "effectiveDate",
                    "the actor only became a schakel of this theme on " + schakel.since());
        }
        return schakel;
    }

    private void requireIngredientsPresent(List<IngredientId> ids, LocalDate date) {
        requireNonEmpty(ids, "ingredientIds");
        for (int i = 0; i < ids.size(); i++) {
            Presence presence = ingredients.get(ids.get(i));
            if (presence == null || !presence.on(date)) {
                throw new RuleViolationException("unknown-ingredient", "ingredientIds[" + i + "]",
                        "ingredient " + ids.get(i) + " is not part of this theme on " + date);
            }
        }
    }

    private static void requireNonEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(field, "must hold at least one element");
        }
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static Set<Position> sorted(Set<Position> positions) {
        return positions.isEmpty() ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(positions);
    }

    /** When an ingredient belongs to the theme: from {@code since}, until {@code until} (exclusive) if withdrawn. */
    private record Presence(LocalDate since, LocalDate until) {
        boolean on(LocalDate date) {
            return !date.isBefore(since) && (until == null || date.isBefore(until));
        }
    }

    private record Contact(LocalDate preparedOn, boolean made) {
    }

    /** A value that took effect on {@code date}; {@code order} (the event's sequence number) breaks ties. */
    private record Dated<T>(LocalDate date, long order, T value) {
        /** The value in effect on {@code date}: the latest on or before it, or {@code null}. */
        static <T> T on(List<Dated<T>> values, LocalDate date) {
            Dated<T> best = null;
            for (Dated<T> v : values) {
                if (!v.date().isAfter(date) && (best == null || v.date().isAfter(best.date())
                        || (v.date().equals(best.date()) && v.order() > best.order()))) {
                    best = v;
                }
            }
            return best == null ? null : best.value();
        }
    }

    private record LinkChange(boolean linked, List<IngredientId> ingredientIds) {
    }

    /** A schakel from {@code since} on, with every dated change of the ingredients it connects. */
    private record Schakel(LocalDate since, List<Dated<LinkChange>> links) {
        boolean on(LocalDate date) {
            return !date.isBefore(since);
        }

        /** The ingredients connected on {@code date}: every link change up to it, by date and then recording order. */
        Set<IngredientId> linksOn(LocalDate date) {
            Set<IngredientId> current = new HashSet<>();
            links.stream()
                    .filter(c -> !c.date().isAfter(date))
                    .sorted(java.util.Comparator.comparing((Dated<LinkChange> c) -> c.date()).thenComparingLong(Dated::order))
                    .forEach(c -> {
                        if (c.value().linked()) {
                            current.addAll(c.value().ingredientIds());
                        } else {
                            c.value().ingredientIds().forEach(current::remove);
                        }
                    });
            return current;
        }
    }
}
