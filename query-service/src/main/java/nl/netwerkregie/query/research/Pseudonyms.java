package nl.netwerkregie.query.research;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms for actors in research exports: HMAC-SHA256 of the actor id under a key that is new for every
 * export, or, for a named study, derived from the service's pseudonym secret, the municipality and the
 * study's name, so the same actor has the same pseudonym in every export of that study and a different one
 * in every other. The secret lives in the key store ({@code service_signing_keys}), apart from the events;
 * without it a pseudonym cannot be traced back to an actor.
 */
@Component
class Pseudonyms {
    static final String KEY_ID = "pseudonyms-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private volatile byte[] secret;

    Pseudonyms(PersonalDataStore.Database store) {
        this.keys = store.mongo().getCollection("service_signing_keys");
    }

    /** The pseudonyms of one export: of {@code study} when named, else of this export alone. */
    Scheme scheme(String municipality, String study) {
        byte[] key = new byte[32];
        if (study == null) {
            RANDOM.nextBytes(key);
        } else {
            key = hmac(secret(), municipality + "\n" + study);
        }
        return new Scheme(key);
    }

    /** One export's pseudonyms. */
    static final class Scheme {
        private final byte[] key;
        private final java.util.Map<String, String> made = new java.util.HashMap<>();

        private Scheme(byte[] key) {
            this.key = key;
        }

        /** The pseudonym of an actor: {@code A-} and 16 hexadecimal digits. */
        String of(String actorId) {
            return made.computeIfAbsent(actorId, id -> "A-" + HexFormat.of().formatHex(hmac(key, id), 0, 8));
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = loadOrCreate();
                }
                s = secret;
            }
        }
        return s;
    }

    private byte[] loadOrCreate() {
        Document d = keys.find(Filters.eq("_id", KEY_ID)).first();
        if (d == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                keys.insertOne(new Document("_id", KEY_ID)
                        .append("algorithm", "HmacSHA256")
                        .append("secret", Base64.getEncoder().encodeToString(fresh)));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            d = keys.find(Filters.eq("_id", KEY_ID)).first(); // another instance may have made it first
        }
        return Base64.getDecoder().decode(d.getString("secret"));
    }
}
