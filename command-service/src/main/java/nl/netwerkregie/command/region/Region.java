package nl.netwerkregie.command.region;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.events.RegionDefined;
import nl.netwerkregie.events.ZelfscanAnswerRetracted;
import nl.netwerkregie.events.ZelfscanAnswered;
import nl.netwerkregie.events.ZelfscanClosed;
import nl.netwerkregie.events.ZelfscanOpened;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Presence;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A region (aggregate id: a generated UUID): a named set of municipalities that work together, and the scan moments
 * of its zelfscan regieneming with the answers of respondents from its members. Every member municipality reads the
 * region and records in it; to any other municipality it does not exist (404).
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN, repository = RegionRepositoryConfiguration.BEAN)
@org.axonframework.serialization.Revision("1")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Region {
    /** The most municipalities in a region. */
    static final int MAX_MEMBERS = 60;
    /** The most actors named as filling one role in one answer. */
    static final int MAX_FILLED_BY = 20;

    @AggregateIdentifier
    private RegionId regionId;

    private Set<MunicipalityCode> members;
    private Set<ZelfscanSector> sectors;
    private LocalDate definedOn;
    private List<Scan> scans;

    /** What the rules need of one scan moment. */
    private record Scan(LocalDate openedOn, LocalDate closedOn, Map<ActorId, LocalDate> answered) {
        /** The date of the latest answer standing, or {@code null}. */
        LocalDate lastAnswerOn() {
            return answered.values().stream().max(LocalDate::compareTo).orElse(null);
        }
    }

    /** An answer recorded, by its event's sequence number: what a retraction needs. */
    private record Answer(int scan, MunicipalityCode municipality, ActorId respondent, LocalDate date) {}

    private Map<Long, Answer> answers;
    private Set<Long> retracted;

    Region() {
        // for Axon
    }

    /**
     * Rules: 2 to {@value #MAX_MEMBERS} distinct members (400); the defining municipality is one of them
     * (municipality-outside-region); at least one sector, each once (400); all four when none are given.
     */
    @CommandHandler
    Region(DefineRegion command) {
        List<MunicipalityCode> given = command.members();
        if (given.size() < 2 || given.size() > MAX_MEMBERS) {
            throw new InvalidInputException("members", "must hold 2 to " + MAX_MEMBERS + " municipalities");
        }
        if (new HashSet<>(given).size() != given.size()) {
            throw new InvalidInputException("members", "must not name a municipality twice");
        }
        if (!given.contains(command.municipality())) {
            throw new RuleViolationException(
                    "municipality-outside-region",
                    "members",
                    command.municipality() + " defines the region and must be one of its members");
        }
        List<ZelfscanSector> covered =
                command.sectors() == null || command.sectors().isEmpty()
                        ? List.of(ZelfscanSector.values())
                        : command.sectors();
        if (new HashSet<>(covered).size() != covered.size()) {
            throw new InvalidInputException("sectors", "must not name a sector twice");
        }
        apply(new RegionDefined(
                command.regionId(),
                command.municipality(),
                command.name(),
                List.copyOf(given),
                List.copyOf(covered),
                command.effectiveDate()));
    }

    /**
     * Rules: the municipality is a member (else 404); not before-region-defined; a scan moment opens on or after the
     * previous one (before-previous-scan). Returns the number of the scan moment opened and the region's version.
     */
    @CommandHandler
    OpenedScan handle(OpenZelfscan command) {
        requireMember(command.municipality());
        LocalDate date = command.effectiveDate();
        if (date.isBefore(definedOn)) {
            throw new RuleViolationException(
                    "before-region-defined", "effectiveDate", "the region was only defined on " + definedOn);
        }
        if (!scans.isEmpty() && date.isBefore(scans.get(scans.size() - 1).openedOn())) {
            throw new RuleViolationException(
                    "before-previous-scan",
                    "effectiveDate",
                    "scan moment " + scans.size() + " was opened on "
                            + scans.get(scans.size() - 1).openedOn() + "; the next one opens on or after it");
        }
        int number = scans.size() + 1;
        apply(new ZelfscanOpened(regionId, number, command.municipality(), command.title(), date));
        return new OpenedScan(number, AggregateLifecycle.getVersion());
    }

    /**
     * Rules: the municipality is a member and the scan moment exists (404); not closed before (zelfscan-closed); not
     * before-zelfscan-opened; not before the latest answer counted in it (before-last-answer).
     */
    @CommandHandler
    Long handle(CloseZelfscan command) {
        requireMember(command.municipality());
        Scan scan = scan(command.scan(), "scan");
        LocalDate date = command.effectiveDate();
        if (scan.closedOn() != null) {
            throw new RuleViolationException(
                    "zelfscan-closed", "scan", "scan moment " + command.scan() + " was closed on " + scan.closedOn());
        }
        if (date.isBefore(scan.openedOn())) {
            throw new RuleViolationException(
                    "before-zelfscan-opened", "effectiveDate", "the scan moment was only opened on " + scan.openedOn());
        }
        if (scan.lastAnswerOn() != null && date.isBefore(scan.lastAnswerOn())) {
            throw new RuleViolationException(
                    "before-last-answer",
                    "effectiveDate",
                    "the scan moment holds an answer dated " + scan.lastAnswerOn());
        }
        apply(new ZelfscanClosed(regionId, command.scan(), command.municipality(), date));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules: the municipality is a member and the scan moment exists (404); not before-zelfscan-opened; not after its
     * closing date (zelfscan-closed); the respondent is an actor of the municipality (404) and answers a scan moment
     * once (respondent-responded); the sector is one the region covers (400); one to four roles, each once, each
     * level 1 to 5 (400); who fills a role: at most {@value #MAX_FILLED_BY} distinct actors of the municipality
     * (400/404).
     */
    @CommandHandler
    Long handle(AnswerZelfscan command, ActorDirectory actors) {
        requireMember(command.municipality());
        Scan scan = scan(command.scan(), "scan");
        requireActor(actors, command.municipality(), command.respondent(), "respondent");
        if (scan.answered().containsKey(command.respondent())) {
            throw new RuleViolationException(
                    "respondent-responded",
                    "respondent",
                    "this respondent already answered scan moment " + command.scan());
        }
        apply(answer(
                command.scan(),
                command.municipality(),
                command.respondent(),
                command.sector(),
                command.scores(),
                command.effectiveDate(),
                "",
                actors));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules: the municipality is a member (404); the answer, recorded as the region's event {@code sequence}, is one
     * of this scan moment by a respondent of the municipality (404, whoever's it is otherwise); not taken back before
     * (answer-retracted). A replacement is the same respondent's answer anew, with every rule of an answer, on its own
     * date or the date of the answer taken back.
     */
    @CommandHandler
    Long handle(RetractZelfscanAnswer command, ActorDirectory actors) {
        requireMember(command.municipality());
        Answer answer = answers.get(command.sequence());
        if (answer == null
                || answer.scan() != command.scan()
                || !answer.municipality().equals(command.municipality())) {
            throw new UnknownResourceException("zelfscan answer", String.valueOf(command.sequence()), "sequence");
        }
        if (retracted.contains(command.sequence())) {
            throw new RuleViolationException(
                    "answer-retracted", "sequence", "the answer " + command.sequence() + " was taken back already");
        }
        ZelfscanAnswered replacement = null;
        if (command.replacementScores() != null) {
            replacement = answer(
                    answer.scan(),
                    answer.municipality(),
                    answer.respondent(),
                    command.replacementSector(),
                    command.replacementScores(),
                    command.replacementDate() == null ? answer.date() : command.replacementDate(),
                    "replacement.",
                    actors);
        }
        apply(new ZelfscanAnswerRetracted(
                regionId,
                answer.scan(),
                answer.municipality(),
                answer.respondent(),
                command.sequence(),
                command.why(),
                replacement != null,
                command.effectiveDate()));
        if (replacement != null) {
            apply(replacement);
        }
        return AggregateLifecycle.getVersion();
    }

    /** An answer checked against every rule but the respondent's own earlier answer; fields named under {@code prefix}. */
    private ZelfscanAnswered answer(
            int number,
            MunicipalityCode municipality,
            ActorId respondent,
            ZelfscanSector sector,
            List<RoleScore> scores,
            LocalDate date,
            String prefix,
            ActorDirectory actors) {
        Scan scan = scan(number, "scan");
        if (date.isBefore(scan.openedOn())) {
            throw new RuleViolationException(
                    "before-zelfscan-opened",
                    prefix + "effectiveDate",
                    "the scan moment was only opened on " + scan.openedOn());
        }
        if (scan.closedOn() != null && date.isAfter(scan.closedOn())) {
            throw new RuleViolationException(
                    "zelfscan-closed", prefix + "effectiveDate", "the scan moment was closed on " + scan.closedOn());
        }
        if (sector != null && !sectors.contains(sector)) {
            throw new InvalidInputException(
                    prefix + "sector", sector + " is not one of the region's sectors " + sectors);
        }
        if (scores.isEmpty() || scores.size() > RegieRole.values().length) {
            throw new InvalidInputException(prefix + "scores", "must score 1 to 4 roles");
        }
        Set<RegieRole> roles = EnumSet.noneOf(RegieRole.class);
        for (int i = 0; i < scores.size(); i++) {
            RoleScore score = scores.get(i);
            String field = prefix + "scores[" + i + "]";
            if (!roles.add(score.role())) {
                throw new InvalidInputException(field + ".role", "scores " + score.role() + " twice");
            }
            if (Presence.ofLevel(score.level()).isEmpty()) {
                throw new InvalidInputException(field + ".level", "must be a level from 1 to 5");
            }
            if (score.filledBy().size() > MAX_FILLED_BY) {
                throw new InvalidInputException(field + ".filledBy", "must hold at most " + MAX_FILLED_BY + " actors");
            }
            if (new LinkedHashSet<>(score.filledBy()).size() != score.filledBy().size()) {
                throw new InvalidInputException(field + ".filledBy", "must not name an actor twice");
            }
            for (int j = 0; j < score.filledBy().size(); j++) {
                requireActor(actors, municipality, score.filledBy().get(j), field + ".filledBy[" + j + "]");
            }
        }
        return new ZelfscanAnswered(regionId, number, municipality, respondent, sector, List.copyOf(scores), date);
    }

    @EventSourcingHandler
    void on(RegionDefined event) {
        regionId = event.regionId();
        members = new LinkedHashSet<>(event.members());
        sectors = EnumSet.copyOf(event.sectors());
        definedOn = event.effectiveDate();
        scans = new ArrayList<>();
        answers = new HashMap<>();
        retracted = new HashSet<>();
    }

    @EventSourcingHandler
    void on(ZelfscanOpened event) {
        scans.add(new Scan(event.effectiveDate(), null, Map.of()));
    }

    @EventSourcingHandler
    void on(ZelfscanClosed event) {
        Scan scan = scans.get(event.scan() - 1);
        scans.set(event.scan() - 1, new Scan(scan.openedOn(), event.effectiveDate(), scan.answered()));
    }

    @EventSourcingHandler
    void on(ZelfscanAnswered event, @SequenceNumber long sequence) {
        Scan scan = scans.get(event.scan() - 1);
        Map<ActorId, LocalDate> answered = new HashMap<>(scan.answered());
        answered.put(event.respondent(), event.effectiveDate());
        scans.set(event.scan() - 1, new Scan(scan.openedOn(), scan.closedOn(), answered));
        answers.put(
                sequence, new Answer(event.scan(), event.municipality(), event.respondent(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ZelfscanAnswerRetracted event) {
        retracted.add(event.sequence());
        Scan scan = scans.get(event.scan() - 1);
        Map<ActorId, LocalDate> answered = new HashMap<>(scan.answered());
        answered.remove(event.respondent());
        scans.set(event.scan() - 1, new Scan(scan.openedOn(), scan.closedOn(), answered));
    }

    /** A municipality outside the region does not see it: 404, as if it did not exist. */
    private void requireMember(MunicipalityCode municipality) {
        if (!members.contains(municipality)) {
            throw new UnknownResourceException("region", regionId.value(), "regionId");
        }
    }

    private Scan scan(int number, String field) {
        if (number < 1 || number > scans.size()) {
            throw new UnknownResourceException("zelfscan", String.valueOf(number), field);
        }
        return scans.get(number - 1);
    }

    private static void requireActor(
            ActorDirectory actors, MunicipalityCode municipality, ActorId actor, String field) {
        if (!actors.municipalityOf(actor).map(municipality::equals).orElse(false)) {
            throw new UnknownResourceException("actor", actor.value(), field);
        }
    }
}
