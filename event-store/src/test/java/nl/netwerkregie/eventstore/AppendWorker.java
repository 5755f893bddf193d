package nl.netwerkregie.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A writer process for {@link TwoProcessAppendTest}: appends to a few shared aggregates as an event
 * sourcing repository does (read the last sequence number, append the next), retrying on
 * {@link ConcurrencyException}. Writes the identifiers of its acknowledged events to a file and the
 * number of conflicts it met to stdout.
 */
public final class AppendWorker {
    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String database = args[1];
        int appends = Integer.parseInt(args[2]);
        Path acknowledged = Path.of(args[3]);
        long seed = Long.parseLong(args[4]);
        Random random = new Random(seed);
        int conflicts = 0;
        List<String> ids = new ArrayList<>();
        try (MongoClient client = MongoClients.create(uri)) {
            GlobalSequenceEventStorageEngine engine = GlobalSequenceEventStorageEngine.builder()
                    .database(client.getDatabase(database))
                    .gapTimeout(Duration.ofSeconds(60))
                    .eventSerializer(TestEvents.serializer())
                    .snapshotSerializer(TestEvents.serializer())
                    .build();
            engine.ensureIndexes();
            for (int i = 0; i < appends; i++) {
                String aggregate = "shared-" + random.nextInt(2);
                while (true) {
                    long next = engine.lastSequenceNumberFor(aggregate)
                            .map(s -> s + 1)
                            .orElse(0L);
                    int count = 1 + random.nextInt(3);
                    List<DomainEventMessage<?>> events = TestEvents.events(aggregate, next, count);
                    try {
                        engine.appendEvents(events);
                        events.forEach(e -> ids.add(e.getIdentifier()));
                        break;
                    } catch (ConcurrencyException lost) {
                        conflicts++;
                    }
                }
            }
        }
        Files.write(acknowledged, ids);
        System.out.println("conflicts=" + conflicts);
    }
}
