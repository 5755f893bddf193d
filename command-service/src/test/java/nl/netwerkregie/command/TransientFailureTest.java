package nl.netwerkregie.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** Which failures the command gateway sends again, and which it answers at once. */
class TransientFailureTest {

    @Test
    void aLostRaceAndAnUnreachableStoreAreRetried() {
        assertThat(CommandServiceApplication.isTransient(new ConcurrencyException("lost")))
                .isTrue();
        assertThat(CommandServiceApplication.isTransient(new MongoSocketReadException("reset", new ServerAddress())))
                .isTrue();
        assertThat(CommandServiceApplication.isTransient(new MongoTimeoutException("no server")))
                .isTrue();
        MongoException labelled = new MongoException("election");
        labelled.addLabel("RetryableWriteError");
        assertThat(CommandServiceApplication.isTransient(labelled)).isTrue();
    }

    @Test
    void aRefusedWriteIsNotRetried() {
        assertThat(CommandServiceApplication.isTransient(new MongoException(11000, "E11000 duplicate key")))
                .isFalse();
        assertThat(CommandServiceApplication.isTransient(new MongoException(10334, "document too large")))
                .isFalse();
        assertThat(CommandServiceApplication.isTransient(new IllegalStateException("bug")))
                .isFalse();
    }
}
