package nl.netwerkregie.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Blue/green rebuilds of the view families. {@code POST /v1/projections/{group}/replays} starts building
 * the next generation of that family's collections ({@link Views}) from the start of the event store,
 * under a processor token name of its own ({@code <group>_g<n>}, mapped by {@link GenerationTokenStore}),
 * while readers keep reading the active generation, complete up to the moment the rebuild started; the
 * other families are not touched. Every query-service instance follows the shared
 * {@code view_generations} documents (checked every 500 ms): it restarts its processor of the family on
 * the generation being built, and once every segment of the new generation has passed the event store's
 * head as it was when the rebuild started, the first instance to see it switches readers over; the
 * previous generation's collections are dropped 30 s later. A second {@code POST} while a family's
 * rebuild runs answers the running one.
 */
@Configuration(proxyBeanMethods = false)
public class ViewRebuilds implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    private final Views views;
    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MongoDatabase database;
    private final Serializer serializer;
    private final TokenStore tokens;
    private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "view-rebuilds");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;

    private final ViewFamilies families;

    ViewRebuilds(
            Views views,
            ViewFamilies families,
            EventProcessingConfiguration processing,
            EventStore events,
            MongoDatabase database,
            Serializer serializer,
            TokenStore tokens) {
        this.views = views;
        this.families = families;
        this.processing = processing;
        this.events = events;
        this.database = database;
        this.serializer = serializer;
        this.tokens = tokens;
    }

    /** The token store with each view family's processor name mapped to the generation this instance writes. */
    @Bean
    static BeanPostProcessor generationTokenStore(ObjectProvider<Views> views) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof TokenStore store && !(bean instanceof GenerationTokenStore)
                        ? new GenerationTokenStore(
                                store, name -> views.getObject().writeGeneration(name))
                        : bean;
            }
        };
    }

    /**
     * Starts a rebuild of the family {@code group} unless one runs.
     *
     * @return whether this call started it
     */
    public synchronized boolean startRebuild(String group) {
        TrackingToken head = events.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        boolean started = views.startBuilding(group, target);
        follow(group);
        return started;
    }

    /** Brings this instance in line with the shared generations documents of every family. */
    synchronized void follow() {
        for (String group : families.groups()) {
            follow(group);
        }
    }

    /** Brings this instance in line with the generations document of {@code group}: readers, processor, switch. */
    private void follow(String group) {
        Views.State s = views.state(group);
        views.readFrom(group, s.active());
        int write = s.building() == null ? s.active() : s.building();
        Optional<StreamingEventProcessor> processor = processor(group);
        if (write != views.writeGeneration(group) && processor.isPresent()) {
            StreamingEventProcessor p = processor.get();
            p.shutDown();
            views.writeTo(group, write);
            p.start();
            log.info("processor {} now writes generation {}", group, write);
        }
        if (s.building() != null && caughtUp(group, s.building(), s.target()) && views.switchTo(group, s.building())) {
            views.readFrom(group, s.building());
            int old = s.active();
            coordinator.schedule(() -> views.dropGeneration(group, old), 30, TimeUnit.SECONDS);
            log.info("readers of {} switched to generation {}", group, s.building());
        }
    }

    /** Whether every segment of the generation's processor has passed {@code target}. */
    private boolean caughtUp(String group, int generation, long target) {
        String name = GenerationTokenStore.processorName(group, generation);
        int[] segments = tokens instanceof GenerationTokenStore g ? g.delegate().fetchSegments(name) : new int[0];
        if (segments.length == 0) {
            return false;
        }
        int passed = 0;
        for (Document d : database.getCollection("trackingtokens").find(Filters.eq("processorName", name))) {
            OptionalLong position = position(d);
            if (position.isPresent() && position.getAsLong() >= target || target < 0) {
                passed++;
            }
        }
        return passed >= segments.length;
    }

    private OptionalLong position(Document d) {
        Object raw = d.get("token");
        String type = d.getString("tokenType");
        if (raw == null || type == null) {
            return OptionalLong.empty();
        }
        byte[] bytes = raw instanceof Binary b
                ? b.getData()
                : raw instanceof byte[] a ? a : String.valueOf(raw).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
        return token == null ? OptionalLong.empty() : token.position();
    }

    /** The family's processor in this instance; empty in a read-only one ({@code netwerkregie.views.process-events=false}). */
    Optional<StreamingEventProcessor> processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class);
    }

    @Override
    public void start() {
        running = true;
        coordinator.scheduleWithFixedDelay(
                () -> {
                    try {
                        follow();
                    } catch (RuntimeException e) {
                        log.warn("could not follow the view generations; trying again", e);
                    }
                },
                500,
                500,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        coordinator.shutdownNow();
    }

    @PreDestroy
    void close() {
        coordinator.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
