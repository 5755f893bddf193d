package nl.netwerkregie.command.indicators;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.netwerkregie.events.IndicatorsLoaded;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.values.IndicatorValue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One upload of wijkprofiel indicators (aggregate id {@code <municipality>:indicators:<uploadId>}): its rows
 * are recorded in parts of at most {@value #PART} values, all in one commit, so an upload is recorded
 * completely or not at all and no event grows past a few hundred kilobytes.
 */
@Aggregate
class IndicatorUpload {
    /** The most values one event holds. */
    static final int PART = 5_000;

    @AggregateIdentifier
    private String upload;

    IndicatorUpload() {
        // for Axon
    }

    @CommandHandler
    IndicatorUpload(LoadIndicators command) {
        List<IndicatorValue> values = command.values();
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).buurt().belongsTo(command.municipality())) {
                // the header is line 1, so row i is line i + 2
                throw new RuleViolationException(
                        "buurt-outside-municipality",
                        "line[" + (i + 2) + "].buurt",
                        "buurt " + values.get(i).buurt() + " does not lie in " + command.municipality()
                                + "; nothing of this upload was recorded");
            }
        }
        int parts = (values.size() + PART - 1) / PART;
        for (int p = 0; p < parts; p++) {
            apply(new IndicatorsLoaded(
                    command.municipality(),
                    command.uploadId(),
                    p + 1,
                    parts,
                    List.copyOf(values.subList(p * PART, Math.min(values.size(), (p + 1) * PART))),
                    command.effectiveDate()));
        }
    }

    @EventSourcingHandler
    void on(IndicatorsLoaded event) {
        upload = IndicatorsLoaded.uploadAggregate(event.municipality(), event.uploadId());
    }
}
