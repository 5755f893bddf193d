package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory backend with MongoDB's atomic single-document writes ({@link WriteCommands}) and its replies of at
 * most 16 MiB ({@link ReplyBatches}).
 */
final class AtomicMemoryBackend extends MemoryBackend {
    private final Object lock = new Object();

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WriteCommands.mayWrite(command, query)) {
            return ReplyBatches.answeringFind(command, () -> super.handleCommand(channel, database, command, query));
        }
        return WriteCommands.atomically(lock, () -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new MemoryCollection(this, collectionName, options, cursorRegistry) {
                    @Override
                    protected QueryResult createQueryResult(java.util.List<Document> matched, int batchSize) {
                        return ReplyBatches.answer(matched, batchSize, cursorRegistry);
                    }

                    @Override
                    protected Cursor createCursor(java.util.List<Document> remaining) {
                        return ReplyBatches.cursor(cursorRegistry, remaining);
                    }
                };
            }
        };
    }
}
