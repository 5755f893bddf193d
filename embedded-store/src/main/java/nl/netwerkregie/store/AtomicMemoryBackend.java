package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The in-memory backend with MongoDB's atomic single-document writes ({@link WriteCommands}). */
final class AtomicMemoryBackend extends MemoryBackend {
    private final Object lock = new Object();

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WriteCommands.mayWrite(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        return WriteCommands.atomically(lock, () -> super.handleCommand(channel, database, command, query));
    }
}
