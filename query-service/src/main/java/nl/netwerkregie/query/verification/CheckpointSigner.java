package nl.netwerkregie.query.verification;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints of a stream's hash chain with the service's Ed25519 key. The key pair lives in the key
 * store ({@code service_signing_keys}), apart from the event store, so that someone who can rewrite the
 * events cannot sign a rewritten chain; the first instance to start makes it, the others read it.
 */
@Component
class CheckpointSigner {
    static final String COLLECTION = "service_signing_keys";
    static final String KEY_ID = "checkpoints-1";
    static final String ALGORITHM = "Ed25519";

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(String keyId, PrivateKey privateKey, PublicKey publicKey, String createdAt) {}

    /** The public half of the signing key, for auditors who check checkpoints without this system. */
    record PublicSigningKey(String keyId, String algorithm, String publicKey, String publicKeyPem, String createdAt) {}

    CheckpointSigner(PersonalDataStore.Database store, Clock clock) {
        this.keys = store.mongo().getCollection(COLLECTION);
        this.clock = clock;
    }

    /** The text a checkpoint's signature covers, one value per line. */
    static String signedText(String municipality, String streamId, long sequence, String hash, String issuedAt) {
        return String.join(
                "\n", "netwerkregie-checkpoint/1", municipality, streamId, String.valueOf(sequence), hash, issuedAt);
    }

    /** Base64 of the Ed25519 signature over {@code text}. */
    String sign(String text) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key().privateKey());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    String keyId() {
        return key().keyId();
    }

    PublicSigningKey publicKey() {
        Loaded k = key();
        String der = Base64.getEncoder().encodeToString(k.publicKey().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + der + "\n-----END PUBLIC KEY-----\n";
        return new PublicSigningKey(k.keyId(), ALGORITHM, der, pem, k.createdAt());
    }

    private Loaded key() {
        Loaded k = loaded;
        if (k == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loadOrCreate();
                }
                k = loaded;
            }
        }
        return k;
    }

    private Loaded loadOrCreate() {
        Document d = keys.find(Filters.eq("_id", KEY_ID)).first();
        if (d == null) {
            try {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                d = new Document("_id", KEY_ID)
                        .append("algorithm", ALGORITHM)
                        .append(
                                "publicKey",
                                Base64.getEncoder()
                                        .encodeToString(pair.getPublic().getEncoded()))
                        .append(
                                "privateKey",
                                Base64.getEncoder()
                                        .encodeToString(pair.getPrivate().getEncoded()))
                        .append("createdAt", clock.instant().toString());
                keys.insertOne(d);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                d = keys.find(Filters.eq("_id", KEY_ID)).first(); // another instance made it first
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make the checkpoint signing key", e);
            }
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PublicKey pub = factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(d.getString("publicKey"))));
            PrivateKey priv = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(d.getString("privateKey"))));
            return new Loaded(d.getString("_id"), priv, pub, d.getString("createdAt"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint signing key in the key store cannot be read", e);
        }
    }
}
