package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.JudgementScale;

/**
 * A municipality's settings events folded for a date. A later effective date wins; of two on the same
 * date the one recorded later (for scales: the higher version) wins.
 */
public final class MunicipalitySettingsHistory {
    private final List<DefaultChainChanged> chains = new ArrayList<>();
    private final List<JudgementScale> scales = new ArrayList<>();
    private final List<ResearchPublicationChanged> publications = new ArrayList<>();
    private final List<BuurtRecoded> recodings = new ArrayList<>();

    public static MunicipalitySettingsHistory of(List<?> events) {
        MunicipalitySettingsHistory history = new MunicipalitySettingsHistory();
        events.forEach(history::apply);
        return history;
    }

    public void apply(Object event) {
        if (event instanceof DefaultChainChanged changed) {
            chains.add(changed);
        } else if (event instanceof BuurtRecoded recoded) {
            recodings.add(recoded);
        } else if (event instanceof ResearchPublicationChanged changed) {
            publications.add(changed);
        } else if (event instanceof JudgementScaleDefined defined) {
            scales.add(new JudgementScale(defined.version(), defined.effectiveDate(), defined.levels()));
        }
    }

    /** Every recoding of a buurt code, in recording order. */
    public List<BuurtRecoded> recodings() {
        return List.copyOf(recodings);
    }

    public List<ChainLink> chainOn(LocalDate date) {
        List<ChainLink> chain = ChainPosition.STANDARD;
        LocalDate best = null;
        for (DefaultChainChanged c : chains) { // in recording order
            if (!c.effectiveDate().isAfter(date)
                    && (best == null || !c.effectiveDate().isBefore(best))) {
                best = c.effectiveDate();
                chain = c.chain();
            }
        }
        return chain;
    }

    /**
     * The date from which the municipality's data has been published for research without a break, when it
     * was published on {@code date}; empty when it was not.
     */
    public java.util.Optional<LocalDate> publishedForResearchSince(LocalDate date) {
        List<ResearchPublicationChanged> inForce = new ArrayList<>();
        for (ResearchPublicationChanged c : publications) { // in recording order; a later record wins a tie
            if (!c.effectiveDate().isAfter(date)) {
                inForce.add(c);
            }
        }
        inForce.sort(Comparator.comparing(ResearchPublicationChanged::effectiveDate)); // stable: recording order kept
        LocalDate since = null;
        for (ResearchPublicationChanged c : inForce) {
            if (!c.published()) {
                since = null;
            } else if (since == null) {
                since = c.effectiveDate();
            }
        }
        return java.util.Optional.ofNullable(since);
    }

    public JudgementScale scaleOn(LocalDate date) {
        return scales.stream()
                .filter(s -> !s.from().isAfter(date))
                .max(Comparator.comparing(JudgementScale::from).thenComparingInt(JudgementScale::version))
                .orElse(JudgementScale.STANDARD);
    }

    /** Every scale known: the standard one first, then the municipality's in version order. */
    public List<JudgementScale> scales() {
        List<JudgementScale> all = new ArrayList<>();
        all.add(JudgementScale.STANDARD);
        scales.stream().sorted(Comparator.comparingInt(JudgementScale::version)).forEach(all::add);
        return all;
    }

    /** The scale of a version, the standard one for version 1; empty for a version never defined. */
    public java.util.Optional<JudgementScale> scale(int version) {
        return scales().stream().filter(s -> s.version() == version).findFirst();
    }
}
