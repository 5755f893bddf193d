package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeRules.distinct;
import static nl.netwerkregie.command.theme.ThemeRules.requireActor;
import static nl.netwerkregie.command.theme.ThemeRules.requireNonEmpty;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.SchakelInvitedToAnalyse;
import nl.netwerkregie.events.SchakelLinked;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The network analysis of a theme (instrument 1): its ingredients, the schakels that connect them to
 * the core, and the contacts prepared and made with those schakels. A member of the {@link Theme}
 * aggregate, in the theme's event stream; it owns these rules and this state, the theme owns the scope.
 *
 * <p>Every rule that depends on time is judged on the command's effective date: an ingredient's
 * presence, whether an actor is a schakel, which ingredients a schakel connects.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class NetworkAnalysis {
    private ThemeScope scope;
    private final Map<IngredientId, Presence> ingredients = new HashMap<>();
    private final Map<ActorId, Schakel> schakels = new HashMap<>();
    private final Map<ContactId, Contact> contacts = new HashMap<>();

    NetworkAnalysis() {
        // for snapshots
    }

    NetworkAnalysis(ThemeScope scope) {
        this.scope = scope;
    }

    /** Whether the ingredient was ever added to this theme's network. */
    boolean knowsIngredient(IngredientId id) {
        return ingredients.containsKey(id);
    }

    @CommandHandler
    Long handle(AddIngredients command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        if (command.ingredients().isEmpty()) {
            throw new InvalidInputException("ingredients", "must hold at least one ingredient");
        }
        for (Ingredient ingredient : command.ingredients()) {
            if (ingredients.containsKey(ingredient.id())) {
                throw new RuleViolationException(
                        "ingredient-exists", "ingredients", "ingredient " + ingredient.id() + " was already added");
            }
        }
        for (int i = 0; i < command.ingredients().size(); i++) {
            ActorId person = command.ingredients().get(i).person();
            if (person != null) {
                requireActor(actors, scope.municipality(), person, "ingredients[" + i + "].person");
            }
        }
        if (command.writtenBy() != null) {
            requireActor(actors, scope.municipality(), command.writtenBy(), "writtenBy");
        }
        if (command.session() != null) {
            List<ActorId> participants = command.session().participants();
            for (int i = 0; i < participants.size(); i++) {
                requireActor(actors, scope.municipality(), participants.get(i), "session.participants[" + i + "]");
            }
        }
        apply(new IngredientsAdded(
                scope.themeId(),
                List.copyOf(command.ingredients()),
                command.writtenBy(),
                command.session(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(WithdrawIngredient command) {
        scope.require(command.municipality(), command.effectiveDate());
        Presence presence = ingredients.get(command.ingredientId());
        if (presence == null) {
            throw new UnknownResourceException(
                    "ingredient", command.ingredientId().value(), "ingredientId");
        }
        if (presence.until() != null) {
            throw new RuleViolationException(
                    "ingredient-already-withdrawn",
                    "ingredientId",
                    "the ingredient was withdrawn on " + presence.until());
        }
        if (command.effectiveDate().isBefore(presence.since())) {
            throw new RuleViolationException(
                    "before-ingredient-added", "effectiveDate", "the ingredient was only added on " + presence.since());
        }
        apply(new IngredientWithdrawn(scope.themeId(), command.ingredientId(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules: an unknown ingredient (404), buurt-outside-municipality, before-ingredient-added,
     * ingredient-already-withdrawn (placed on or after its withdrawal).
     */
    @CommandHandler
    Long handle(PlaceIngredient command) {
        scope.require(command.municipality(), command.effectiveDate());
        Presence presence = ingredients.get(command.ingredientId());
        if (presence == null) {
            throw new UnknownResourceException(
                    "ingredient", command.ingredientId().value(), "ingredientId");
        }
        if (command.buurt() != null && !command.buurt().belongsTo(scope.municipality())) {
            throw new RuleViolationException(
                    "buurt-outside-municipality",
                    "buurt",
                    command.buurt() + " does not lie in " + scope.municipality());
        }
        if (command.effectiveDate().isBefore(presence.since())) {
            throw new RuleViolationException(
                    "before-ingredient-added", "effectiveDate", "the ingredient was only added on " + presence.since());
        }
        if (presence.until() != null && !command.effectiveDate().isBefore(presence.until())) {
            throw new RuleViolationException(
                    "ingredient-already-withdrawn",
                    "ingredientId",
                    "the ingredient was withdrawn on " + presence.until());
        }
        apply(new nl.netwerkregie.events.IngredientPlaced(
                scope.themeId(), command.ingredientId(), command.buurt(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddSchakel command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        requireActor(actors, scope.municipality(), command.actorId(), "actorId");
        if (schakels.containsKey(command.actorId())) {
            throw new RuleViolationException(
                    "already-schakel", "actorId", "the actor is already a schakel of this theme");
        }
        requireIngredientsPresent(command.ingredientIds(), command.effectiveDate());
        apply(new SchakelAdded(
                scope.themeId(), command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(LinkSchakel command) {
        scope.require(command.municipality(), command.effectiveDate());
        Set<IngredientId> links =
                requireSchakel(command.actorId(), command.effectiveDate()).linksOn(command.effectiveDate());
        requireIngredientsPresent(command.ingredientIds(), command.effectiveDate());
        for (int i = 0; i < command.ingredientIds().size(); i++) {
            if (links.contains(command.ingredientIds().get(i))) {
                throw new RuleViolationException(
                        "already-linked",
                        "ingredientIds[" + i + "]",
                        "the schakel already connects this ingredient on " + command.effectiveDate());
            }
        }
        apply(new SchakelLinked(
                scope.themeId(), command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(UnlinkSchakel command) {
        scope.require(command.municipality(), command.effectiveDate());
        Set<IngredientId> links =
                requireSchakel(command.actorId(), command.effectiveDate()).linksOn(command.effectiveDate());
        requireNonEmpty(command.ingredientIds(), "ingredientIds");
        for (int i = 0; i < command.ingredientIds().size(); i++) {
            if (!links.contains(command.ingredientIds().get(i))) {
                throw new RuleViolationException(
                        "not-linked",
                        "ingredientIds[" + i + "]",
                        "the schakel does not connect this ingredient on " + command.effectiveDate());
            }
        }
        apply(new SchakelUnlinked(
                scope.themeId(), command.actorId(), distinct(command.ingredientIds()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(PrepareContact command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireNonEmpty(command.schakels(), "schakels");
        if (command.form() == ContactForm.INDIVIDUAL && command.schakels().size() != 1) {
            throw new InvalidInputException("schakels", "must hold exactly one schakel for an INDIVIDUAL contact");
        }
        for (int i = 0; i < command.schakels().size(); i++) {
            Schakel schakel = schakels.get(command.schakels().get(i));
            if (schakel == null || !schakel.on(command.effectiveDate())) {
                throw new RuleViolationException(
                        "not-a-schakel",
                        "schakels[" + i + "]",
                        "the actor is not a schakel of this theme on " + command.effectiveDate());
            }
        }
        if (contacts.containsKey(command.contactId())) {
            throw new RuleViolationException("contact-exists", "contactId", "this contact was already prepared");
        }
        apply(new ContactPrepared(
                scope.themeId(),
                command.contactId(),
                List.copyOf(command.schakels()),
                command.form(),
                command.story(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordContactMade command) {
        scope.require(command.municipality(), command.effectiveDate());
        Contact contact = contacts.get(command.contactId());
        if (contact == null) {
            throw new UnknownResourceException("contact", command.contactId().value(), "contactId");
        }
        if (contact.made()) {
            throw new RuleViolationException(
                    "contact-already-made", "contactId", "this contact was already recorded as made");
        }
        if (command.effectiveDate().isBefore(contact.preparedOn())) {
            throw new RuleViolationException(
                    "before-contact-prepared",
                    "effectiveDate",
                    "the contact was only prepared on " + contact.preparedOn());
        }
        apply(new ContactMade(scope.themeId(), command.contactId(), command.outcome(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Takes back the record that a contact was made and, with a replacement outcome, records the corrected one in
     * its place. Rules: an unknown contact (404), contact-not-made, and for the replacement before-contact-prepared.
     */
    @CommandHandler
    Long handle(RetractContactMade command) {
        scope.require(command.municipality(), command.effectiveDate());
        Contact contact = contacts.get(command.contactId());
        if (contact == null) {
            throw new UnknownResourceException("contact", command.contactId().value(), "contactId");
        }
        if (!contact.made()) {
            throw new RuleViolationException(
                    "contact-not-made",
                    "contactId",
                    "this contact is not recorded as made: there is nothing to take back");
        }
        boolean corrected = command.replacementOutcome() != null;
        LocalDate date = command.replacementDate() == null ? contact.madeOn() : command.replacementDate();
        if (corrected && date.isBefore(contact.preparedOn())) {
            throw new RuleViolationException(
                    "before-contact-prepared",
                    "replacement.effectiveDate",
                    "the contact was only prepared on " + contact.preparedOn());
        }
        apply(new nl.netwerkregie.events.ContactMadeRetracted(
                scope.themeId(),
                command.contactId(),
                contact.madeSequence(),
                command.why(),
                corrected,
                command.effectiveDate()));
        if (corrected) {
            apply(new ContactMade(scope.themeId(), command.contactId(), command.replacementOutcome(), date));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(InviteSchakelToAnalyse command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireSchakel(command.actorId(), command.effectiveDate());
        apply(new SchakelInvitedToAnalyse(scope.themeId(), command.actorId(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // --- state ---

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
        schakel.links()
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(true, event.ingredientIds())));
        schakels.put(event.actorId(), schakel);
    }

    @EventSourcingHandler
    void on(SchakelLinked event, @SequenceNumber long sequenceNumber) {
        schakels.get(event.actorId())
                .links()
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(true, event.ingredientIds())));
    }

    @EventSourcingHandler
    void on(SchakelUnlinked event, @SequenceNumber long sequenceNumber) {
        schakels.get(event.actorId())
                .links()
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, new LinkChange(false, event.ingredientIds())));
    }

    @EventSourcingHandler
    void on(ContactPrepared event) {
        contacts.put(event.contactId(), new Contact(event.effectiveDate(), false, -1, null));
    }

    @EventSourcingHandler
    void on(ContactMade event, @SequenceNumber long sequenceNumber) {
        contacts.computeIfPresent(
                event.contactId(), (id, c) -> new Contact(c.preparedOn(), true, sequenceNumber, event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.ContactMadeRetracted event) {
        contacts.computeIfPresent(event.contactId(), (id, c) -> new Contact(c.preparedOn(), false, -1, null));
    }

    // --- rules ---

    /** The schakel as it stood on {@code date}: refused when the actor is not a schakel, or only became one later. */
    private Schakel requireSchakel(ActorId actorId, LocalDate date) {
        Schakel schakel = schakels.get(actorId);
        if (schakel == null) {
            throw new RuleViolationException("not-a-schakel", "actorId", "the actor is not a schakel of this theme");
        }
        if (!schakel.on(date)) {
            throw new RuleViolationException(
                    "before-schakel-added",
                    "effectiveDate",
                    "the actor only became a schakel of this theme on " + schakel.since());
        }
        return schakel;
    }

    private void requireIngredientsPresent(List<IngredientId> ids, LocalDate date) {
        requireNonEmpty(ids, "ingredientIds");
        for (int i = 0; i < ids.size(); i++) {
            Presence presence = ingredients.get(ids.get(i));
            if (presence == null || !presence.on(date)) {
                throw new RuleViolationException(
                        "unknown-ingredient",
                        "ingredientIds[" + i + "]",
                        "ingredient " + ids.get(i) + " is not part of this theme on " + date);
            }
        }
    }

    /** When an ingredient belongs to the theme: from {@code since}, until {@code until} (exclusive) if withdrawn. */
    record Presence(LocalDate since, LocalDate until) {
        boolean on(LocalDate date) {
            return !date.isBefore(since) && (until == null || date.isBefore(until));
        }
    }

    /** A contact as the rules need it: when prepared, and whether, when and as which event it was made. */
    record Contact(LocalDate preparedOn, boolean made, long madeSequence, LocalDate madeOn) {}

    /** Whether the contact was made by now (its outcome recorded). */
    boolean contactMade(ContactId id) {
        Contact c = contacts.get(id);
        return c != null && c.made();
    }

    record LinkChange(boolean linked, List<IngredientId> ingredientIds) {}

    /** A schakel from {@code since} on, with every dated change of the ingredients it connects. */
    record Schakel(LocalDate since, List<Dated<LinkChange>> links) {
        boolean on(LocalDate date) {
            return !date.isBefore(since);
        }

        /** The ingredients connected on {@code date}: every link change up to it, by date and then recording order. */
        Set<IngredientId> linksOn(LocalDate date) {
            Set<IngredientId> current = new HashSet<>();
            links.stream()
                    .filter(c -> !c.date().isAfter(date))
                    .sorted(Dated.CHRONOLOGICAL)
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
