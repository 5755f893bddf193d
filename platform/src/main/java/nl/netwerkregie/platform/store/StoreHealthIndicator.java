package nl.netwerkregie.platform.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The store is reachable and answers a ping; part of readiness, so an instance without it takes no traffic. */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {
    private final MongoDatabase database;

    public StoreHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
