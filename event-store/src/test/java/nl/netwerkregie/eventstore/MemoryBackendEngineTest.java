package nl.netwerkregie.eventstore;

import nl.netwerkregie.store.EmbeddedStore;

class MemoryBackendEngineTest extends EngineContractTest {
    @Override
    EmbeddedStore startStore() {
        return EmbeddedStore.inMemory(0);
    }
}
