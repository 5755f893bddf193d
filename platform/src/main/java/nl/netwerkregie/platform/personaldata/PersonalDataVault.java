package nl.netwerkregie.platform.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
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
 * Encrypts personal data with a key per actor (crypto-shredding). The keys live in the collection
 * {@code personal_data_keys} ({@code _id} = the actor id) of the {@link PersonalDataStore}, never in
 * the event store or the views, so
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
    private final PersonalDataAccessLog accessLog;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(
            PersonalDataStore.Database store, PersonalDataAccessLog accessLog, ObjectMapper json, Clock clock) {
        this.keys = store.mongo().getCollection(COLLECTION);
        this.accessLog = accessLog;
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
        return encrypt(keyId, key, data);
    }

    private SealedPersonalData encrypt(String keyId, byte[] key, Object data) {
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

    /** Whether a person's key exists, in which municipality, and whether it was destroyed. */
    public enum KeyState {
        /** No key of this actor in this municipality: the actor has no personal data (or does not exist here). */
        NONE,
        /** The key exists: values can be sealed with it and opened. */
        LIVE,
        /** The key was destroyed: the person was erased. */
        ERASED
    }

    /** The state of the key of {@code keyId} as seen from {@code municipality} (a key of another municipality is {@code NONE}). */
    public KeyState keyState(String keyId, String municipality) {
        Document d = keys.find(Filters.eq("_id", keyId)).first();
        if (d == null || !municipality.equals(d.getString("municipality"))) {
            return KeyState.NONE;
        }
        return d.get("key") == null ? KeyState.ERASED : KeyState.LIVE;
    }

    /**
     * Seals a free text that says something about the person of {@code keyId} (an ingredient naming them, a
     * remark they made) with that person's existing key, so that erasing the person reaches the text too.
     *
     * @throws IllegalStateException when the key is not {@link KeyState#LIVE} in {@code municipality}
     */
    public SealedPersonalData sealText(String keyId, String municipality, String text) {
        Document d = keys.find(Filters.eq("_id", keyId)).first();
        Binary key = d == null || !municipality.equals(d.getString("municipality")) ? null : d.get("key", Binary.class);
        if (key == null) {
            throw new IllegalStateException("no live key of " + keyId + " in " + municipality);
        }
        return encrypt(keyId, key.getData(), text);
    }

    /** Texts opened for a reader, in the order asked; an element is {@code null} where its person was erased. */
    public record OpenedTexts(List<String> texts, boolean withheld) {}

    /**
     * Opens sealed free texts of {@code municipality} for the request being handled, under the same rule as
     * {@link #openForReader}: only for an account that may see personal data, and logged.
     */
    public OpenedTexts openTextsForReader(String municipality, List<SealedPersonalData> sealed) {
        if (sealed.isEmpty()) {
            return new OpenedTexts(List.of(), false);
        }
        nl.netwerkregie.platform.security.Account account =
                nl.netwerkregie.platform.security.Account.current().orElse(null);
        if (account == null || !account.seesPersonalData()) {
            return new OpenedTexts(java.util.Collections.nCopies(sealed.size(), null), true);
        }
        List<String> texts = openTexts(sealed);
        java.util.Set<String> persons = new java.util.TreeSet<>();
        for (int i = 0; i < sealed.size(); i++) {
            if (texts.get(i) != null) {
                persons.add(sealed.get(i).keyId());
            }
        }
        accessLog.record(account.subject(), municipality, currentEndpoint(), persons);
        return new OpenedTexts(texts, false);
    }

    /** Opens sealed free texts with one read of their keys; {@code null} where the key was destroyed. */
    public List<String> openTexts(List<SealedPersonalData> sealed) {
        Map<String, byte[]> keyById = keysOf(sealed);
        List<String> out = new java.util.ArrayList<>(sealed.size());
        for (SealedPersonalData s : sealed) {
            byte[] key = keyById.get(s.keyId());
            out.add(key == null ? null : decrypt(key, s, String.class));
        }
        return out;
    }

    /**
     * Encrypts corrected data with the existing key of {@code keyId} (a new nonce): a rectification; an
     * actor that never had personal data gets its key now.
     *
     * @return empty when the key was destroyed (the person was erased)
     */
    public Optional<SealedPersonalData> reseal(String keyId, String municipality, PersonalData data) {
        Document d = keys.find(Filters.eq("_id", keyId)).first();
        if (d == null) {
            return Optional.of(seal(keyId, municipality, data));
        }
        Binary key = d.get("key", Binary.class);
        return key == null ? Optional.empty() : Optional.of(encrypt(keyId, key.getData(), data));
    }

    /**
     * Destroys the key of {@code keyId}: everything sealed with it is unreadable from now on. What remains is
     * a tombstone without key material ({@code erasedAt}), so a later rectification cannot start a new key.
     * Idempotent.
     */
    public void erase(String keyId, String municipality) {
        keys.replaceOne(
                Filters.eq("_id", keyId),
                new Document("_id", keyId)
                        .append("municipality", municipality)
                        .append("erasedAt", clock.instant().toString()),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    /** Whether a key of {@code keyId} was ever made (it may have been destroyed since). */
    public boolean known(String keyId) {
        return keys.find(Filters.eq("_id", keyId)).first() != null;
    }

    /** Whether the key of {@code keyId} exists and has not been destroyed. */
    public boolean holds(String keyId) {
        Document d = keys.find(Filters.eq("_id", keyId)).first();
        return d != null && d.get("key") != null;
    }

    /** Deletes a key that was created for a command that was then refused, so a refusal leaves nothing behind. */
    public void discard(String keyId) {
        keys.deleteOne(Filters.eq("_id", keyId));
    }

    /** What a read may show of a set of sealed values: those opened, or none when the caller may not see them. */
    public record Opened(Map<String, PersonalData> byKey, boolean withheld) {}

    /**
     * Opens sealed values of {@code municipality} for the request being handled: only when the signed-in
     * account may see personal data in clear ({@link nl.netwerkregie.platform.security.Account#seesPersonalData}),
     * and every opening is written to the {@link PersonalDataAccessLog} (who, when, which persons, which
     * endpoint). Otherwise nothing is opened and the answer says the data was withheld.
     */
    public Opened openForReader(String municipality, Collection<SealedPersonalData> sealed) {
        if (sealed.isEmpty()) {
            return new Opened(Map.of(), false);
        }
        nl.netwerkregie.platform.security.Account account =
                nl.netwerkregie.platform.security.Account.current().orElse(null);
        if (account == null || !account.seesPersonalData()) {
            return new Opened(Map.of(), true);
        }
        Map<String, PersonalData> opened = openAll(sealed);
        accessLog.record(account.subject(), municipality, currentEndpoint(), opened.keySet());
        return new Opened(opened, false);
    }

    private static String currentEndpoint() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            jakarta.servlet.http.HttpServletRequest r = attributes.getRequest();
            return r.getMethod() + " " + r.getRequestURI()
                    + (r.getQueryString() == null ? "" : "?" + r.getQueryString());
        }
        return "(no request)";
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
        Map<String, byte[]> keyById = keysOf(sealed);
        for (SealedPersonalData s : sealed) {
            byte[] key = keyById.get(s.keyId());
            if (key != null) {
                opened.put(s.keyId(), decrypt(key, s, PersonalData.class));
            }
        }
        return opened;
    }

    private Map<String, byte[]> keysOf(Collection<SealedPersonalData> sealed) {
        Map<String, byte[]> keyById = new HashMap<>();
        if (sealed.isEmpty()) {
            return keyById;
        }
        List<String> ids =
                sealed.stream().map(SealedPersonalData::keyId).distinct().toList();
        for (Document d : keys.find(Filters.in("_id", ids))) {
            Binary key = d.get("key", Binary.class);
            if (key != null) { // a tombstone of an erased key has none
                keyById.put(d.getString("_id"), key.getData());
            }
        }
        return keyById;
    }

    private <T> T decrypt(byte[] key, SealedPersonalData s, Class<T> type) {
        try {
            byte[] in = Base64.getDecoder().decode(s.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(s.keyId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return json.readValue(plain, type);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot open personal data of " + s.keyId(), e);
        }
    }
}
