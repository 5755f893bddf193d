package nl.netwerkregie.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.netwerkregie.store.EmbeddedStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs append to the same two aggregates through one store. */
class TwoProcessAppendTest {
    private static final int APPENDS_EACH = 150;

    @TempDir
    Path dir;

    @Test
    void nothingIsLostOrDuplicatedAndLosersGetConcurrencyExceptions() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("store.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            // the aggregates exist before the race, so every lost race is a ConcurrencyException
            // (a race for sequence 0 is Axon's AggregateStreamCreationException, covered by the contract tests)
            GlobalSequenceEventStorageEngine creator = GlobalSequenceEventStorageEngine.builder()
                    .database(client.getDatabase("two_processes"))
                    .eventSerializer(TestEvents.serializer())
                    .snapshotSerializer(TestEvents.serializer())
                    .build();
            creator.ensureIndexes();
            List<String> acknowledged = new ArrayList<>();
            for (String aggregate : List.of("shared-0", "shared-1")) {
                var created = TestEvents.events(aggregate, 0, 1);
                creator.appendEvents(created);
                acknowledged.add(created.get(0).getIdentifier());
            }
            List<Process> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                workers.add(new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                AppendWorker.class.getName(),
                                store.uri(),
                                "two_processes",
                                String.valueOf(APPENDS_EACH),
                                dir.resolve("acked-" + w).toString(),
                                String.valueOf(w))
                        .redirectErrorStream(true)
                        .start());
            }
            int conflicts = 0;
            for (Process worker : workers) {
                String output = new String(worker.getInputStream().readAllBytes());
                assertThat(worker.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(worker.exitValue()).as(output).isZero();
                conflicts += Integer.parseInt(output.lines()
                        .filter(l -> l.startsWith("conflicts="))
                        .findFirst()
                        .orElseThrow()
                        .substring("conflicts=".length()));
            }
            for (int w = 0; w < 2; w++) {
                acknowledged.addAll(Files.readAllLines(dir.resolve("acked-" + w)));
            }

            Map<String, Integer> stored = new HashMap<>();
            Map<String, List<Long>> sequences = new HashMap<>();
            List<Long> positions = new ArrayList<>();
            for (Document commit :
                    client.getDatabase("two_processes").getCollection("events").find()) {
                for (Document event : EventCommits.events(commit)) {
                    stored.merge(event.getString("eventIdentifier"), 1, Integer::sum);
                    sequences
                            .computeIfAbsent(commit.getString("aggregateIdentifier"), a -> new ArrayList<>())
                            .add(event.getLong("sequenceNumber"));
                    positions.add(event.getLong("globalPosition"));
                }
            }
            System.out.printf(
                    "two processes: %d events acknowledged, %d stored, %d ConcurrencyExceptions%n",
                    acknowledged.size(), stored.size(), conflicts);

            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(stored.values()).allMatch(n -> n == 1);
            sequences
                    .values()
                    .forEach(s -> assertThat(s.stream().sorted().toList())
                            .containsExactlyElementsOf(EngineContractTest.range(0, s.size())));
            assertThat(positions).doesNotHaveDuplicates();
            assertThat(conflicts)
                    .as("the two writers raced for the same sequence numbers")
                    .isPositive();
        }
    }
}
