package nl.netwerkregie.query.projection;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkregie.events.StreamOpening;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.web.Problems;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read-your-writes: a read that carries a consistency token from a command response (header
 * {@code X-Consistency-Token} or parameter {@code consistencyToken}, {@code <aggregate id>.<version>}, the
 * aggregate a theme, an actor, a stelselmatrix {@code <themeId>:matrix:<buurt>}, an analysis, a region or a
 * municipality's settings)
 * is answered only once the view family that answers the path ({@link ViewFamilies#serving}) includes
 * that version; the other families may still be behind.
 *
 * <ul>
 *   <li>The token must name the theme in the path or a stream of that theme (its stelselmatrix, an analysis) on
 *       a theme's resources, and a version the event store holds for a stream the path's municipality reads (its
 *       first event, a {@link StreamOpening}, says which: its own, or a region's members); otherwise the answer is {@code 409}
 *       with rule {@code version-not-recorded} at once, the same for an unknown id, another
 *       municipality's id and a version not (yet) recorded, so the answer tells nothing about other
 *       municipalities.</li>
 *   <li>A wait holds no request thread: the request becomes asynchronous and is resumed when the
 *       family reaches the version (one poller checks every waiting token with one lookup of {@code _id}s
 *       per family every 10 ms, which also sees views built by another query-service instance), or after
 *       {@code netwerkregie.consistency.max-wait-ms} (5,000) with {@code 503} and {@code Retry-After}.</li>
 *   <li>At most {@code netwerkregie.consistency.max-waiting} (1,000) requests wait at once; beyond that
 *       a request that would have to wait is answered {@code 503} with {@code Retry-After} at once.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ConsistencyGate implements Filter {
    public static final String HEADER = "X-Consistency-Token";
    public static final String PARAMETER = "consistencyToken";
    private static final String OUTCOME = ConsistencyGate.class.getName() + ".outcome";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** A theme's or actor's id, a matrix's ({@code <themeId>:matrix:<buurt>}) or a municipality's (its settings). */
    private static final Pattern TOKEN = Pattern.compile(
            "((" + UUID + ")(?::matrix:BU[0-9]{8})?|GM[0-9]{4}(?::indicators:" + UUID + ")?)\\.(\\d{1,18})");

    private static final Pattern PATH = Pattern.compile("/v1/municipalities/([^/]+)(?:/themes/(" + UUID + "))?.*");
    private final ProjectionProgress progress;
    private final ViewFamilies families;
    private final EventStore events;
    private final long maxWaitMs;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    /** Owner per aggregate: it never changes once recorded. Bounded by clearing when full. */
    private final Map<String, Owner> owners = new ConcurrentHashMap<>();

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "consistency-poller");
        t.setDaemon(true);
        return t;
    });

    ConsistencyGate(
            ProjectionProgress progress,
            ViewFamilies families,
            EventStore events,
            nl.netwerkregie.platform.ApiSettings settings) {
        this.progress = progress;
        this.families = families;
        this.events = events;
        this.maxWaitMs = settings.consistency().maxWaitMs();
        this.maxWaiting = settings.consistency().maxWaiting();
        poller.scheduleWithFixedDelay(this::poll, 10, 10, TimeUnit.MILLISECONDS);
    }

    @Bean
    FilterRegistrationBean<ConsistencyGate> consistencyGateRegistration() {
        FilterRegistrationBean<ConsistencyGate> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/v1/municipalities/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setAsyncSupported(true);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /** How many requests wait for their token now. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if ("timeout".equals(request.getAttribute(OUTCOME))) {
                notYet(request, response, maxWaitMs + " ms");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String token = request.getHeader(HEADER);
        String field = HEADER;
        if (token == null) {
            token = request.getParameter(PARAMETER);
            field = PARAMETER;
        }
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Matcher m = TOKEN.matcher(token);
        Matcher path = PATH.matcher(request.getRequestURI());
        Optional<String> family = families.serving(request.getRequestURI());
        if (family.isEmpty()) {
            chain.doFilter(request, response); // no view answers this path: the handler says so
            return;
        }
        if (!m.matches() || !path.matches()) {
            invalid(request, response, field, "must be a consistency token from a command response: <id>.<version>");
            return;
        }
        String aggregate = m.group(1);
        long version = Long.parseLong(m.group(3));
        Owner owner = owner(aggregate);
        if (path.group(2) != null
                && !path.group(2).equals(m.group(2))
                && (owner == null || !path.group(2).equals(owner.theme()))) {
            invalid(request, response, field, "names another theme than the path");
            return;
        }
        if (!recorded(owner, path.group(1), aggregate, version)) {
            Problems.write(
                    request,
                    response,
                    409,
                    "rule-violated",
                    "The command breaks a rule",
                    "the event store holds no version " + version + " of this theme or actor in this municipality; "
                            + "send the token of a command response",
                    List.of(),
                    Map.of("rule", "version-not-recorded", "field", field));
            return;
        }
        String group = family.get();
        if (progress.version(group, aggregate) >= version) {
            chain.doFilter(request, response);
            return;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            notYet(request, response, "a place in the queue of waiting reads");
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(maxWaitMs + 5_000); // the poller answers first; this only guards against a stuck poller
        Waiter w = new Waiter(group, aggregate, version, System.nanoTime() + maxWaitMs * 1_000_000, async);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                w.finish();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                if (w.finish()) {
                    event.getSuppliedRequest().setAttribute(OUTCOME, "timeout");
                    event.getAsyncContext().dispatch();
                }
            }

            @Override
            public void onError(AsyncEvent event) {
                w.finish();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        waiters.add(w);
    }

    /** Whose stream an aggregate is, from its first event: the municipalities that read it and its theme, if any. */
    private record Owner(Set<String> municipalities, String theme) {
        static final Owner NONE = new Owner(Set.of(), null);
    }

    /**
     * Whether the event store holds {@code version} of {@code aggregate}, and the aggregate is readable by {@code
     * municipality}.
     */
    private boolean recorded(Owner owner, String municipality, String aggregate, long version) {
        Optional<Long> last = events.lastSequenceNumberFor(aggregate);
        if (last.isEmpty() || last.get() < version) {
            return false;
        }
        return owner != null && owner.municipalities().contains(municipality);
    }

    /** The owner of a stream as its first event names it ({@link StreamOpening}); {@code null} for an empty stream. */
    private Owner owner(String aggregate) {
        Owner owner = owners.get(aggregate);
        if (owner != null) {
            return owner;
        }
        DomainEventStream stream = events.readEvents(aggregate, 0);
        if (!stream.hasNext()) {
            return null;
        }
        owner = stream.next().getPayload() instanceof StreamOpening opening
                ? new Owner(
                        opening.readableBy().stream()
                                .map(nl.netwerkregie.values.MunicipalityCode::value)
                                .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                        opening.ofTheme().map(t -> t.value()).orElse(null))
                : Owner.NONE;
        if (owners.size() > 100_000) {
            owners.clear();
        }
        owners.put(aggregate, owner);
        return owner;
    }

    private void poll() {
        try {
            if (waiters.isEmpty()) {
                return;
            }
            Map<String, Set<String>> ids = new java.util.HashMap<>();
            for (Waiter w : waiters) {
                ids.computeIfAbsent(w.group, g -> new HashSet<>()).add(w.aggregate);
            }
            Map<String, Map<String, Long>> versions = new java.util.HashMap<>();
            ids.forEach((group, aggregates) -> versions.put(group, progress.versions(group, aggregates)));
            long now = System.nanoTime();
            List<Waiter> done = new ArrayList<>();
            for (Waiter w : waiters) {
                boolean reached = versions.getOrDefault(w.group, Map.of()).getOrDefault(w.aggregate, -1L) >= w.version;
                if (reached || now > w.deadline) {
                    done.add(w);
                    if (w.finish()) {
                        if (!reached) {
                            w.async.getRequest().setAttribute(OUTCOME, "timeout");
                        }
                        w.async.dispatch();
                    }
                }
            }
            waiters.removeAll(done);
        } catch (RuntimeException e) {
            // the next poll tries again; a request whose wait outlives the poller is answered by its async timeout
        }
    }

    private void notYet(HttpServletRequest request, HttpServletResponse response, String waitedFor) throws IOException {
        response.setHeader("Retry-After", "1");
        Problems.write(
                request,
                response,
                503,
                "not-yet-consistent",
                "Not yet consistent",
                "the views do not include the version the consistency token names yet (waited for " + waitedFor
                        + "); ask again shortly",
                List.of());
    }

    private static void invalid(HttpServletRequest request, HttpServletResponse response, String field, String reason)
            throws IOException {
        Problems.write(
                request,
                response,
                400,
                "invalid-input",
                "Invalid input",
                Problems.detail(field, reason),
                List.of(new FieldError(field, reason)));
    }

    /** One request waiting for its token; {@link #finish()} is true exactly once. */
    private final class Waiter {
        final String group;
        final String aggregate;
        final long version;
        final long deadline;
        final AsyncContext async;
        private final java.util.concurrent.atomic.AtomicBoolean finished =
                new java.util.concurrent.atomic.AtomicBoolean();

        Waiter(String group, String aggregate, long version, long deadline, AsyncContext async) {
            this.group = group;
            this.aggregate = aggregate;
            this.version = version;
            this.deadline = deadline;
            this.async = async;
        }

        boolean finish() {
            if (finished.compareAndSet(false, true)) {
                waiting.decrementAndGet();
                return true;
            }
            return false;
        }
    }
}
