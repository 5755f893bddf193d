package nl.netwerkregie.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The MongoDB both services share: {@code netwerkregie.mongodb.uri} (the embedded store on
 * loopback by default, a replica set in production) and the database name.
 */
@ConfigurationProperties("netwerkregie.mongodb")
public record StoreProperties(String uri, String database) {
    public StoreProperties {
        uri = uri == null || uri.isBlank() ? "mongodb://127.0.0.1:27017" : uri;
        database = database == null || database.isBlank() ? "netwerkregie" : database;
    }
}
