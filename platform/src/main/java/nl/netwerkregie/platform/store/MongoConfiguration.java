package nl.netwerkregie.platform.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one MongoDB client of a service, checked at start-up so a wrong URI or wire version fails fast. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoConfiguration {

    @Bean
    StoreConnections storeConnections() {
        return new StoreConnections();
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties store, StoreConnections connections) {
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(connections))
                .build());
        // A handshake or wire-version problem shows here, at start-up, rather than at the first command.
        client.getDatabase(store.database()).runCommand(new Document("ping", 1));
        return client;
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties store) {
        return client.getDatabase(store.database());
    }
}
