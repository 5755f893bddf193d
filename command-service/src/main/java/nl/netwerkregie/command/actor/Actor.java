package nl.netwerkregie.command.actor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import nl.netwerkregie.events.ActorClassified;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.events.PersonalDataErased;
import nl.netwerkregie.events.PersonalDataRectified;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A person or organisation that can take part in the networks of a municipality's themes. */
@Aggregate
class Actor {
    @AggregateIdentifier
    private ActorId actorId;

    private MunicipalityCode municipality;
    private ActorType type;
    private boolean hasPersonalData;
    private boolean erased;
    private LocalDate registeredOn;

    Actor() {
        // for Axon
    }

    @CommandHandler
    Actor(RegisterActor command) {
        if (command.type() == ActorType.PERSON) {
            if (command.organisationName() != null) {
                throw new InvalidInputException("organisationName", "must be absent for a person");
            }
            if (command.personalData() == null) {
                throw new InvalidInputException("name", "is required for a person");
            }
        } else if (command.organisationName() == null) {
            throw new InvalidInputException("organisationName", "is required for an organisation");
        }
        apply(new ActorRegistered(
                command.actorId(),
                command.municipality(),
                command.type(),
                command.organisationName(),
                command.personalData(),
                command.effectiveDate()));
    }

    /**
     * Erases the person's personal data. The key is destroyed once every rule has passed and before the
     * event is stored: should storing fail, the data is unreadable already and a retry records the erasure.
     */
    @CommandHandler
    Long handle(ErasePersonalData command, PersonalDataVault vault) {
        requireMunicipality(command.municipality());
        if (erased) {
            throw new RuleViolationException(
                    "actor-erased", "actorId", "this actor's personal data was erased already");
        }
        if (!hasPersonalData) {
            throw new RuleViolationException(
                    "no-personal-data", "actorId", "this actor has no personal data: an organisation's name is public");
        }
        vault.erase(actorId.value(), municipality.value());
        apply(new PersonalDataErased(actorId, municipality, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RectifyPersonalData command) {
        requireMunicipality(command.municipality());
        if (erased) {
            throw new RuleViolationException("actor-erased", "actorId", "this actor's personal data was erased");
        }
        if (type == ActorType.PERSON && !command.named()) {
            throw new InvalidInputException("name", "is required for a person");
        }
        if (type == ActorType.ORGANISATION && command.named()) {
            throw new InvalidInputException("name", "must be absent for an organisation: its name is public");
        }
        if (command.personalData() == null
                || !actorId.value().equals(command.personalData().keyId())) {
            throw new IllegalArgumentException("a rectification is sealed with the actor's own key");
        }
        apply(new PersonalDataRectified(actorId, municipality, command.personalData(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Sector and buurt from a date. Rules: actor-erased (nothing more is recorded about an erased person),
     * buurt-outside-municipality, before-actor-registered.
     */
    @CommandHandler
    Long handle(ClassifyActor command) {
        requireMunicipality(command.municipality());
        if (erased) {
            throw new RuleViolationException("actor-erased", "actorId", "this actor's personal data was erased");
        }
        if (command.buurt() != null && !command.buurt().belongsTo(municipality)) {
            throw new RuleViolationException(
                    "buurt-outside-municipality", "buurt", command.buurt() + " does not lie in " + municipality);
        }
        if (registeredOn != null && command.effectiveDate().isBefore(registeredOn)) {
            throw new RuleViolationException(
                    "before-actor-registered",
                    "effectiveDate",
                    "the actor was registered on " + registeredOn + ", after " + command.effectiveDate());
        }
        apply(new ActorClassified(actorId, municipality, command.sector(), command.buurt(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** An actor of another municipality does not exist for the caller. */
    private void requireMunicipality(MunicipalityCode requested) {
        if (!municipality.equals(requested)) {
            throw new UnknownResourceException("actor", actorId.value(), "actorId");
        }
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        this.actorId = event.actorId();
        this.municipality = event.municipality();
        this.type = event.type();
        this.hasPersonalData = event.personalData() != null;
        this.registeredOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(PersonalDataRectified event) {
        this.hasPersonalData = true;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        this.erased = true;
    }
}
