package nl.netwerkregie.platform.personaldata;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store of the per-person keys and the personal-data access log, kept apart from the event store
 * and the views: its own connection ({@code netwerkregie.personal-data.uri}, by default the second
 * embedded store on port 27018 with its own file) and database, so a copy of the event data alone
 * reveals no one. Not a {@code MongoDatabase} bean, so nothing takes it by accident for events or views.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataStore.Settings.class)
public class PersonalDataStore {

    /**
     * @param uri      the key store's MongoDB; never the event store's in production
     * @param database its database
     */
    @ConfigurationProperties("netwerkregie.personal-data")
    public record Settings(String uri, String database) {
        public Settings {
            uri = uri == null || uri.isBlank() ? "mongodb://127.0.0.1:27018" : uri;
            database = database == null || database.isBlank() ? "netwerkregie_personal_data" : database;
        }
    }

    /** The key store's database, behind its own client. */
    public record Database(MongoDatabase mongo, MongoClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    @Bean(destroyMethod = "close")
    Database personalDataDatabase(Settings settings) {
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
        MongoDatabase database = client.getDatabase(settings.database());
        database.runCommand(new Document("ping", 1));
        return new Database(database, client);
    }
}
