package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeRules.requireNonEmpty;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A theme: its identity, its dated names, its story and the buurten it runs in, and the scope every
 * part of it checks first (municipality, date named). Its network analysis ({@link NetworkAnalysis})
 * and the positions of involvement ({@link Involvement}) are members in the same event stream, each
 * with its own rules; which capabilities get aggregates of their own is written down in ADR 0006.
 *
 * <p>Effective dates may lie in the past. Rules that depend on time are judged on the command's
 * effective date, taking every event already recorded into account, so a back-dated command is
 * checked against the theme as it was on that date.
 *
 * <p>Every command handler answers the theme's version after its events (the sequence number of the
 * last one): the API hands it out as {@code ETag} and in the consistency token.
 *
 * <p>Loaded by {@link ThemeRepositoryConfiguration}: from the aggregate cache when still current, else from a
 * snapshot plus the events after it (the command service's {@code netwerkregie.aggregates} settings).
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN, repository = ThemeRepositoryConfiguration.BEAN)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Theme {
    @AggregateIdentifier
    private ThemeId themeId;

    private ThemeScope scope;
    private final List<Dated<ThemeName>> names = new ArrayList<>();

    @AggregateMember
    private NetworkAnalysis network;

    @AggregateMember
    private Involvement involvement;

    Theme() {
        // for Axon
    }

    @CommandHandler
    Theme(NameTheme command) {
        requireBuurtenOf(command.municipality(), command.buurten());
        apply(new ThemeNamed(
                command.themeId(),
                command.municipality(),
                command.name(),
                command.story(),
                List.copyOf(command.buurten()),
                command.developmentPeriod(),
                command.effectiveDate()));
    }

    @CommandHandler
    Long handle(RenameTheme command) {
        scope.require(command.municipality(), command.effectiveDate());
        if (command.name().equals(Dated.on(names, command.effectiveDate()))) {
            throw new RuleViolationException(
                    "name-unchanged", "name", "the theme already has this name on " + command.effectiveDate());
        }
        apply(new ThemeRenamed(themeId, command.name(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeStory command) {
        scope.require(command.municipality(), command.effectiveDate());
        apply(new ThemeStoryChanged(themeId, command.story(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeBuurten command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireBuurtenOf(scope.municipality(), command.buurten());
        apply(new ThemeBuurtenChanged(themeId, List.copyOf(command.buurten()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The harvest of a manifestation moment. It stays on the theme's stream where it was recorded;
     * with programme cycles the manifestation belongs to step 4 of a cycle (ADR 0006).
     */
    @CommandHandler
    Long handle(RecordManifestationHarvest command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireNonEmpty(command.items(), "items");
        apply(new ManifestationHarvestRecorded(themeId, List.copyOf(command.items()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ThemeNamed event, @SequenceNumber long sequenceNumber) {
        themeId = event.themeId();
        scope = new ThemeScope(event.themeId(), event.municipality(), event.effectiveDate());
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
        network = new NetworkAnalysis(scope);
        involvement = new Involvement(scope);
    }

    @EventSourcingHandler
    void on(ThemeRenamed event, @SequenceNumber long sequenceNumber) {
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
    }

    private static void requireBuurtenOf(MunicipalityCode municipality, List<BuurtCode> buurten) {
        requireNonEmpty(buurten, "buurten");
        for (int i = 0; i < buurten.size(); i++) {
            if (!buurten.get(i).belongsTo(municipality)) {
                throw new RuleViolationException(
                        "buurt-outside-municipality",
                        "buurten[" + i + "]",
                        buurten.get(i) + " does not lie in " + municipality);
            }
        }
        if (new HashSet<>(buurten).size() != buurten.size()) {
            throw new InvalidInputException("buurten", "must not name a buurt twice");
        }
    }
}
