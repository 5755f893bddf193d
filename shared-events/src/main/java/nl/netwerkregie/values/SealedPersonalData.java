package nl.netwerkregie.values;

/**
 * A person's name and contact details, encrypted with a key that belongs to that one actor and is
 * kept outside the event store. Erasing the key makes every copy of this value unreadable.
 *
 * @param keyId      the id of the key in the personal-data key store
 * @param algorithm  the cipher, e.g. {@code AES-256-GCM}
 * @param ciphertext Base64 of the nonce followed by the ciphertext and tag
 */
public record SealedPersonalData(String keyId, String algorithm, String ciphertext) {
    public SealedPersonalData {
        StoredForm.check(
                keyId != null && algorithm != null && ciphertext != null && !ciphertext.isEmpty(),
                "needs a key id, an algorithm and a ciphertext");
    }
}
