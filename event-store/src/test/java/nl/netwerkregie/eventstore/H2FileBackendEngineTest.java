package nl.netwerkregie.eventstore;

import java.nio.file.Path;
import nl.netwerkregie.store.EmbeddedStore;
import org.junit.jupiter.api.io.TempDir;

class H2FileBackendEngineTest extends EngineContractTest {
    @TempDir
    Path dir;

    @Override
    EmbeddedStore startStore() {
        return EmbeddedStore.onFile(dir.resolve("events.mv"), 0);
    }
}
