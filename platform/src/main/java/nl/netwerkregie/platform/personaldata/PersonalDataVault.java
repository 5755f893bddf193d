package nl.netwerkregie.platform.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.netwerkregie.values.SealedPersonalData;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data with a key per actor (crypto-shredding). The keys live in the MongoDB
 * collection {@code personal_data_keys} ({@code _id} = the actor id), never in the event store, so
 * deleting one key makes that person's name and contact details unreadable in every event, view
 * and export while the structure of the network stays intact.
 */
@Component
public class PersonalDataVault {
    public static final String COLLECTION = "personal_data_keys";
    private static final String ALGORITHM = "AES-256-GCM";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoCollection<Document> keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(MongoDatabase database, ObjectMapper json, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.json = json;
        this.clock = clock;
    }

    /** Creates a fresh key for {@code keyId} and encrypts {@code data} with it. */
    public SealedPersonalData seal(String keyId, String municipality, PersonalData data) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        keys.insertOne(new Document("_id", keyId)
                .append("municipality", municipality)
                .append("key", new Binary(key))
                .append("createdAt", clock.instant().toString()));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(data));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new SealedPersonalData(keyId, ALGORITHM, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    /** Deletes a key that was created for a command that was then refused, so a refusal leaves nothing behind. */
    public void discard(String keyId) {
        keys.deleteOne(Filters.eq("_id", keyId));
    }

    /** Opens one sealed value; empty when its key has been erased. */
    public Optional<PersonalData> open(SealedPersonalData sealed) {
        return Optional.ofNullable(openAll(List.of(sealed)).get(sealed.keyId()));
    }

    /** Opens many sealed values with one read of their keys; erased ones are absent from the result. */
    public Map<String, PersonalData> openAll(Collection<SealedPersonalData> sealed) {
        Map<String, PersonalData> opened = new HashMap<>();
        if (sealed.isEmpty()) {
            return opened;
        }
        Map<String, byte[]> keyById = new HashMap<>();
        List<String> ids =
                sealed.stream().map(SealedPersonalData::keyId).distinct().toList();
        for (Document d : keys.find(Filters.in("_id", ids))) {
            keyById.put(d.getString("_id"), d.get("key", Binary.class).getData());
        }
        for (SealedPersonalData s : sealed) {
            byte[] key = keyById.get(s.keyId());
            if (key != null) {
                opened.put(s.keyId(), decrypt(key, s));
            }
        }
        return opened;
    }

    private PersonalData decrypt(byte[] key, SealedPersonalData s) {
        try {
            byte[] in = Base64.getDecoder().decode(s.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(s.keyId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return json.readValue(plain, PersonalData.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot open personal data of " + s.keyId(), e);
        }
    }
}
