package nl.netwerkregie.command.settings;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.events.DefaultChainChanged;
import nl.netwerkregie.events.JudgementScaleDefined;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The settings of one municipality (aggregate id: its code): the chain new stelselmatrices start from
 * and its own judgement scales. It exists from its first change; before that the standard chain and the
 * standard scale apply.
 */
@Aggregate(
        commandTargetResolver = ExpectedVersionTargetResolver.BEAN,
        repository = MunicipalitySettingsRepositoryConfiguration.BEAN)
@Revision("2")
class MunicipalitySettings {
    /** The most positions a chain may have. */
    static final int MAX_CHAIN = 20;

    @AggregateIdentifier
    private MunicipalityCode municipality;

    private int lastScaleVersion = JudgementScale.STANDARD.version();
    /** Every recoded buurt code and the codes it became. */
    private final java.util.Map<String, List<String>> recodings = new java.util.HashMap<>();

    MunicipalitySettings() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(ChangeDefaultChain command) {
        requireChain(command.chain(), "chain");
        apply(new DefaultChainChanged(command.municipality(), List.copyOf(command.chain()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    DefinedScale handle(DefineJudgementScale command) {
        int version = lastScaleVersion + 1;
        try {
            new JudgementScale(version, command.effectiveDate(), command.levels());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("levels", e.getMessage());
        }
        apply(new JudgementScaleDefined(
                command.municipality(), version, List.copyOf(command.levels()), command.effectiveDate()));
        return new DefinedScale(AggregateLifecycle.getVersion(), version);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(ChangeResearchPublication command) {
        apply(new nl.netwerkregie.events.ResearchPublicationChanged(
                command.municipality(), command.published(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules: buurt-outside-municipality (the old code lies in another municipality), buurt-recoded-already (a code
     * is recoded once), recoding-cycle (the new codes lead back to the old one). The new codes may lie in another
     * municipality (a municipal merger).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(RecodeBuurt command) {
        if (!command.buurt().belongsTo(command.municipality())) {
            throw new nl.netwerkregie.platform.domain.RuleViolationException(
                    "buurt-outside-municipality",
                    "buurt",
                    command.buurt() + " does not lie in " + command.municipality());
        }
        if (command.into().contains(command.buurt())) {
            throw new InvalidInputException("into", "must not hold the old code " + command.buurt());
        }
        if (recodings.containsKey(command.buurt().value())) {
            throw new nl.netwerkregie.platform.domain.RuleViolationException(
                    "buurt-recoded-already",
                    "buurt",
                    command.buurt() + " was recoded already, into "
                            + String.join(", ", recodings.get(command.buurt().value())));
        }
        for (nl.netwerkregie.values.BuurtCode next : command.into()) {
            if (leadsTo(next.value(), command.buurt().value(), new HashSet<>())) {
                throw new nl.netwerkregie.platform.domain.RuleViolationException(
                        "recoding-cycle",
                        "into",
                        next + " was recoded, directly or through others, into " + command.buurt());
            }
        }
        apply(new nl.netwerkregie.events.BuurtRecoded(
                command.municipality(),
                command.buurt(),
                List.copyOf(command.into()),
                command.source(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    private boolean leadsTo(String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : recodings.getOrDefault(from, List.of())) {
            if (leadsTo(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.BuurtRecoded event) {
        municipality = event.municipality();
        recodings.put(
                event.buurt().value(),
                event.into().stream()
                        .map(nl.netwerkregie.values.BuurtCode::value)
                        .toList());
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.ResearchPublicationChanged event) {
        municipality = event.municipality();
    }

    /** A chain names 1 to {@value #MAX_CHAIN} positions, each once. */
    static void requireChain(List<ChainLink> chain, String field) {
        if (chain == null || chain.isEmpty()) {
            throw new InvalidInputException(field, "must hold at least one position");
        }
        if (chain.size() > MAX_CHAIN) {
            throw new InvalidInputException(field, "must hold at most " + MAX_CHAIN + " positions");
        }
        Set<String> seen = new HashSet<>();
        for (ChainLink link : chain) {
            if (!seen.add(link.position().value())) {
                throw new InvalidInputException(field, "names position " + link.position() + " twice");
            }
        }
    }

    @EventSourcingHandler
    void on(DefaultChainChanged event) {
        municipality = event.municipality();
    }

    @EventSourcingHandler
    void on(JudgementScaleDefined event) {
        municipality = event.municipality();
        lastScaleVersion = Math.max(lastScaleVersion, event.version());
    }

    /** The settings' version after the command, and the version number the new scale got. */
    record DefinedScale(long version, int scaleVersion) {}
}
