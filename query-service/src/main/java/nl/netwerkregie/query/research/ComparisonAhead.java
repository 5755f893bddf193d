package nl.netwerkregie.query.research;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * per municipality; after a start or a replay it computes every theme once. Each instance keeps its own rows.
 */
@Component
class ComparisonAhead {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonAhead.class);

    private final ResearchComparison comparison;
    private final MatrixDirectory settings;
    private final Clock clock;
    private final int seconds;
    private ScheduledExecutorService ticks;

    ComparisonAhead(ResearchComparison comparison, MatrixDirectory settings, Clock clock, ResearchSettings research) {
        this.comparison = comparison;
        this.settings = settings;
        this.clock = clock;
        this.seconds = research.comparisonAheadSeconds();
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
        try {
            LocalDate today = LocalDate.now(clock);
            for (String gm : settings.publishedForResearch(today)) {
                long started = System.nanoTime();
                int computed =
                        comparison.rows(List.of(gm), null, null, null, today).size();
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (ms >= 1_000) {
                    LOG.info("comparison rows of {} computed ahead: {} rows in {} ms", gm, computed, ms);
                }
            }
        } catch (RuntimeException e) {
            // views being rebuilt, the store away for a moment: the next tick tries again; requests compute anyway
            LOG.debug("comparison not computed ahead this time", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }
}
