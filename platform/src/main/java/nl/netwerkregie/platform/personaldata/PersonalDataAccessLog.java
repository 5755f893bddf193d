package nl.netwerkregie.platform.personaldata;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/**
 * Who saw whose personal data in clear: one entry per response that opened names or contact details
 * (when, which account, which municipality, which endpoint, which persons). Kept in collection
 * {@code personal_data_access_log} of the {@link PersonalDataStore}, beside the keys; this class only
 * ever appends to it and reads it, so the API offers no way to change or remove an entry.
 */
@Component
public class PersonalDataAccessLog {
    public static final String COLLECTION = "personal_data_access_log";
    private final MongoCollection<Document> log;
    private final Clock clock;

    public PersonalDataAccessLog(PersonalDataStore.Database store, Clock clock) {
        this.log = store.mongo().getCollection(COLLECTION);
        this.log.createIndex(Indexes.compoundIndex(Indexes.ascending("municipality"), Indexes.descending("at")));
        this.log.createIndex(Indexes.ascending("persons"));
        this.clock = clock;
    }

    /** One entry of the log. */
    public record Entry(
            String id, Instant at, String account, String municipality, String endpoint, List<String> persons) {}

    /** Appends an entry: {@code account} saw the personal data of {@code persons} in the answer to {@code endpoint}. */
    public void record(String account, String municipality, String endpoint, Collection<String> persons) {
        if (persons.isEmpty()) {
            return;
        }
        log.insertOne(new Document("_id", new ObjectId())
                .append("at", Date.from(clock.instant()))
                .append("account", account)
                .append("municipality", municipality)
                .append("endpoint", endpoint)
                .append("persons", List.copyOf(persons)));
    }

    /**
     * A municipality's entries, newest first, optionally only those about one person and within
     * {@code [from, to)}; {@code limit + 1} are fetched so the caller knows whether more follow.
     */
    public List<Entry> find(String municipality, String person, Instant from, Instant to, int offset, int limit) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("municipality", municipality));
        if (person != null) {
            filters.add(Filters.eq("persons", person));
        }
        if (from != null) {
            filters.add(Filters.gte("at", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("at", Date.from(to)));
        }
        List<Entry> out = new ArrayList<>();
        for (Document d : log.find(Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(offset)
                .limit(limit + 1)) {
            out.add(new Entry(
                    d.getObjectId("_id").toHexString(),
                    d.getDate("at").toInstant(),
                    d.getString("account"),
                    d.getString("municipality"),
                    d.getString("endpoint"),
                    d.getList("persons", String.class)));
        }
        return out;
    }
}
