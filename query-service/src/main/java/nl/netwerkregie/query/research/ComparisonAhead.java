package nl.netwerkregie.query.research;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.netwerkregie.query.matrix.MatrixDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the researchers' comparison ahead of their requests: every {@code comparison-ahead-seconds} the rows of
 * every municipality published for research today are asked for, so a request finds them in memory. A theme whose
 * views did not change since is not computed again (its fingerprint holds), so a tick costs a handful of lookups
 * per municipality. A theme is computed ahead only once it has settled: its fingerprint is the one the previous
 * tick saw. Rows of a theme that is being changed, or of every theme while actors change (their changes are part
 * of every fingerprint), would be outdated before anyone asked for them; under a steady stream of commands,
 * computing them each tick took a fifth of the query service's processor time. So after a start, a replay or a
 * change the themes concerned are computed on the second tick after it. Each instance keeps its own rows.
 */
@Component
class ComparisonAhead {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonAhead.class);

    private final ResearchComparison comparison;
    private final MatrixDirectory settings;
    private final Clock clock;
    private final int seconds;
    private ScheduledExecutorService ticks;
    /** The fingerprint of every theme ({@code <gm>/<themeId>}) as the last tick saw it. */
    private Map<String, String> seen = Map.of();

    private final io.micrometer.core.instrument.Counter computedAhead;

    ComparisonAhead(
            ResearchComparison comparison,
            MatrixDirectory settings,
            Clock clock,
            ResearchSettings research,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.comparison = comparison;
        this.settings = settings;
        this.clock = clock;
        this.seconds = research.comparisonAheadSeconds();
        this.computedAhead = io.micrometer.core.instrument.Counter.builder(
                        "netwerkregie.research.comparison.computed.ahead")
                .description("themes whose comparison rows this instance computed ahead of requests")
                .register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (seconds == 0) {
            return;
        }
        ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "comparison-ahead");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        ticks.scheduleWithFixedDelay(this::computeAhead, seconds, seconds, TimeUnit.SECONDS);
    }

    /** One tick: the rows of every municipality published for research today, computed where they changed. */
    void computeAhead() {
        Map<String, String> before = seen;
        Map<String, String> now = new HashMap<>();
        try {
            LocalDate today = LocalDate.now(clock);
            for (String gm : settings.publishedForResearch(today)) {
                long started = System.nanoTime();
                int computed = comparison
                        .rows(List.of(gm), null, null, null, today, (theme, fingerprint) -> {
                            now.put(theme, fingerprint);
                            boolean settled = fingerprint.equals(before.get(theme));
                            if (settled) {
                                computedAhead.increment();
                            }
                            return settled;
                        })
                        .size();
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (ms >= 1_000) {
                    LOG.info("comparison rows of {} computed ahead: {} rows in {} ms", gm, computed, ms);
                }
            }
        } catch (RuntimeException e) {
            // views being rebuilt, the store away for a moment: the next tick tries again; requests compute anyway
            LOG.debug("comparison not computed ahead this time", e);
        }
        seen = now;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }
}
