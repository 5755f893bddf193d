package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tamper evidence over real HTTP against the embedded store: an untouched theme verifies and comes with a
 * checkpoint whose signature an auditor checks with the published key alone; an event altered, removed or
 * inserted directly in the store is named; an earlier checkpoint tells whether the store still holds what it
 * held; only auditors and administrators of the theme's municipality may ask.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerificationTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String theme;
    private static JsonNode firstCheckpoint;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        theme = system.post(GM + "/themes", """
                        {"name":"Samen tuinieren","story":"Een moestuin voor de straat.","buurten":["BU02740101"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""").json().get("themeId").asText();
        for (int i = 0; i < 4; i++) {
            RunningSystem.Response r = system.post(
                    GM + "/themes/" + theme + "/ingredients",
                    "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Idee " + i + "\"}],\"effectiveDate\":\"2024-02-0"
                            + (i + 1) + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String verification() {
        return GM + "/themes/" + theme + "/verification";
    }

    private static RunningSystem.Response as(String account, String path) {
        return system.sendAs(
                account,
                HttpRequest.newBuilder(URI.create(system.queryUrl() + path)).GET());
    }

    private static MongoCollection<Document> commits() {
        return system.db().getCollection("events");
    }

    private static String key(long sequence) {
        return theme + ":" + sequence;
    }

    @Test
    @Order(1)
    void anUntouchedThemeVerifiesWithACheckpointTheAuditorChecksWithThePublishedKey() throws Exception {
        RunningSystem.Response r = as("auditor-renkum", verification());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("events").asLong()).isEqualTo(5);
        assertThat(v.get("unchainedEvents").asLong()).isZero();
        assertThat(v.get("headSequence").asLong()).isEqualTo(4);
        assertThat(v.has("problem")).isFalse();
        Document head = commits().find(Filters.eq("lastKey", key(4))).first();
        assertThat(v.get("headHash").asText()).isEqualTo(head.getString("hash"));

        JsonNode checkpoint = v.get("checkpoint");
        assertThat(checkpoint.get("sequence").asLong()).isEqualTo(4);
        assertThat(checkpoint.get("hash").asText()).isEqualTo(v.get("headHash").asText());
        JsonNode keys = as("regievoerder-renkum", "/v1/checkpoint-keys").json();
        JsonNode published = keys.get("keys").get(0);
        assertThat(published.get("keyId").asText())
                .isEqualTo(checkpoint.get("keyId").asText());
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(published.get("publicKey").asText())));
        String signed = String.join(
                "\n",
                "netwerkregie-checkpoint/1",
                "GM0274",
                theme,
                checkpoint.get("sequence").asText(),
                checkpoint.get("hash").asText(),
                checkpoint.get("issuedAt").asText());
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(publicKey);
        check.update(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(
                        Base64.getDecoder().decode(checkpoint.get("signature").asText())))
                .as("the signature holds with the published key")
                .isTrue();
        check.initVerify(publicKey);
        check.update(
                signed.replace(theme, "00000000-0000-4000-8000-000000000000").getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(
                        Base64.getDecoder().decode(checkpoint.get("signature").asText())))
                .as("and not for another stream")
                .isFalse();
        firstCheckpoint = checkpoint;

        // a checkpoint of an earlier head is still held once the history has grown
        assertThat(system.put(GM + "/themes/" + theme + "/story", "{\"story\":\"Een moestuin voor twee straten.\"}")
                        .status())
                .isEqualTo(200);
        JsonNode grown = system.await(
                        verification() + "?sequence=4&hash="
                                + checkpoint.get("hash").asText(),
                        x -> x.status() == 200 && x.json().get("headSequence").asLong() == 5)
                .json();
        assertThat(grown.get("intact").asBoolean()).isTrue();
        assertThat(grown.at("/earlier/held").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void theAuditExportIsCheckedByAToolWithoutThisSystem() throws Exception {
        RunningSystem.Response verified = as("auditor-renkum", verification());
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(system.queryUrl() + GM + "/themes/" + theme + "/audit-export"))
                .header("Authorization", "Bearer " + system.token("auditor-renkum"))
                .GET()
                .build();
        java.net.http.HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsOnlyKeys("events.jsonl", "manifest.json");
        JsonNode manifest = RunningSystem.JSON.readTree(files.get("manifest.json"));
        byte[] lines = files.get("events.jsonl");
        java.security.MessageDigest fileSha = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(manifest.at("/files/events.jsonl/sha256").asText())
                .isEqualTo(java.util.HexFormat.of().formatHex(fileSha.digest(lines)));

        // recompute the chain from the lines alone, as the manifest and the operation's description say
        String previous = "";
        int count = 0;
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            JsonNode e = RunningSystem.JSON.readTree(line);
            String canonical = String.join(
                    "\n",
                    e.get("aggregateId").asText(),
                    e.get("sequence").asText(),
                    e.get("eventId").asText(),
                    e.get("timestamp").asText(),
                    e.get("type").asText(),
                    e.get("revision").isNull() ? "null" : e.get("revision").asText(),
                    e.get("payloadJson").asText(),
                    e.get("metaDataJson").asText());
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            String hash = java.util.HexFormat.of()
                    .formatHex(sha.digest((previous + "\n" + canonical).getBytes(StandardCharsets.UTF_8)));
            assertThat(hash).as("line " + count).isEqualTo(e.get("hash").asText());
            assertThat(e.get("sequence").asInt()).isEqualTo(count);
            previous = hash;
            count++;
        }
        assertThat(count)
                .isEqualTo(manifest.get("events").asInt())
                .isEqualTo(manifest.at("/files/events.jsonl/lines").asInt());
        assertThat(manifest.get("intact").asBoolean()).isTrue();
        assertThat(manifest.get("headHash").asText())
                .isEqualTo(previous)
                .isEqualTo(verified.json().get("headHash").asText());
        assertThat(manifest.at("/checkpoint/hash").asText()).isEqualTo(previous);
        assertThat(new String(lines, StandardCharsets.UTF_8)).contains("\"payloadJson\":\"{");

        assertThat(as("regievoerder-renkum", GM + "/themes/" + theme + "/audit-export")
                        .status())
                .isEqualTo(403);
        assertThat(system.get("/v1/municipalities/GM0202/themes/" + theme + "/audit-export")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(3)
    void onlyAuditorsAndAdministratorsOfTheMunicipalityMayVerify() {
        assertThat(as("administrator-renkum", verification()).status()).isEqualTo(200);
        for (String refused : new String[] {"regievoerder-renkum", "researcher-renkum", "auditor-arnhem"}) {
            RunningSystem.Response r = as(refused, verification());
            assertThat(r.status()).as(refused).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
        RunningSystem.Response anonymous =
                system.sendAnonymous(HttpRequest.newBuilder(URI.create(system.queryUrl() + verification()))
                        .GET());
        assertThat(anonymous.status()).isEqualTo(401);
        // a theme of Renkum asked for under Arnhem, by someone who may read both, is unknown there
        RunningSystem.Response elsewhere = system.get("/v1/municipalities/GM0202/themes/" + theme + "/verification");
        assertThat(elsewhere.status()).isEqualTo(404);
        RunningSystem.Response bad = system.get(verification() + "?sequence=-1&hash=abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("sequence").contains("hash");
        assertThat(system.get(verification() + "?sequence=3").status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void anEventAlteredInTheStoreIsNamed() {
        Document original = commits().find(Filters.eq("aggregateKey", key(2))).first();
        commits()
                .updateOne(
                        Filters.eq("aggregateKey", key(2)),
                        Updates.set("events.0.payload.ingredients.0.text", "Ander idee"));
        JsonNode v = as("auditor-renkum", verification()).json();
        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.at("/problem/kind").asText()).isEqualTo("ALTERED");
        assertThat(v.at("/problem/sequence").asLong()).isEqualTo(2);
        assertThat(v.at("/problem/type").asText()).isEqualTo("IngredientsAdded");
        assertThat(v.has("checkpoint")).as("no checkpoint for a broken chain").isFalse();
        JsonNode earlier = as(
                        "auditor-renkum",
                        verification() + "?sequence=4&hash="
                                + firstCheckpoint.get("hash").asText())
                .json();
        assertThat(earlier.at("/earlier/held").asBoolean()).isFalse();
        commits().replaceOne(Filters.eq("_id", original.get("_id")), original);
        assertThat(as("auditor-renkum", verification()).json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    @Order(4)
    void aStelselmatrixStreamIsVerifiedAndAnAlteredEventOfItNamed() throws Exception {
        String t = GM + "/themes/" + theme;
        RunningSystem.Response setUp =
                system.post(t + "/matrices", "{\"buurt\":\"BU02740101\",\"effectiveDate\":\"2024-02-01\"}");
        assertThat(setUp.status()).as(setUp.body()).isBetween(200, 201);
        RunningSystem.Response point = system.post(
                t + "/matrices/BU02740101/cells/buurt/BUILDING_NETWORKS/attention-points",
                "{\"text\":\"Buren kennen elkaar nog niet\",\"effectiveDate\":\"2024-03-01\"}");
        assertThat(point.status()).as(point.body()).isBetween(200, 201);
        String path = t + "/matrices/BU02740101/verification";
        JsonNode v = as("auditor-renkum", path).json();
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.get("buurt").asText()).isEqualTo("BU02740101");
        assertThat(v.get("events").asLong()).isEqualTo(2);
        String stream = theme + ":matrix:BU02740101";
        assertThat(v.at("/checkpoint/themeId").asText())
                .as("the matrix's stream")
                .isEqualTo(stream);
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                        .decode(as("auditor-renkum", "/v1/checkpoint-keys")
                                .json()
                                .at("/keys/0/publicKey")
                                .asText())));
        JsonNode c = v.get("checkpoint");
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(publicKey);
        check.update(String.join(
                        "\n",
                        "netwerkregie-checkpoint/1",
                        "GM0274",
                        stream,
                        c.get("sequence").asText(),
                        c.get("hash").asText(),
                        c.get("issuedAt").asText())
                .getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(c.get("signature").asText())))
                .isTrue();

        Document original =
                commits().find(Filters.eq("aggregateKey", stream + ":1")).first();
        assertThat(original).isNotNull();
        commits()
                .updateOne(
                        Filters.eq("aggregateKey", stream + ":1"),
                        Updates.set("events.0.payload.text", "Iedereen kent elkaar al"));
        JsonNode altered = as("auditor-renkum", path).json();
        assertThat(altered.get("intact").asBoolean()).isFalse();
        assertThat(altered.at("/problem/kind").asText()).isEqualTo("ALTERED");
        assertThat(altered.at("/problem/sequence").asLong()).isEqualTo(1);
        commits().replaceOne(Filters.eq("_id", original.get("_id")), original);
        assertThat(as("auditor-renkum", path).json().get("intact").asBoolean()).isTrue();

        assertThat(as(
                                "auditor-arnhem",
                                "/v1/municipalities/GM0202/themes/" + theme + "/matrices/BU02740101/verification")
                        .status())
                .as("another municipality's matrix does not exist for it")
                .isEqualTo(404);
        assertThat(as("auditor-renkum", t + "/matrices/BU02740102/verification").status())
                .isEqualTo(404);
        assertThat(as("researcher-renkum", path).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void theMunicipalitysWholeHistoryIsExportedStreamByStreamAndCheckedWithoutThisSystem() throws Exception {
        RunningSystem.Response actor =
                system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Tuinvereniging\"}");
        assertThat(actor.status()).as(actor.body()).isEqualTo(201);
        String actorId = actor.json().get("actorId").asText();
        // the actor and the theme in the views
        system.await(GM + "/actors", r -> r.status() == 200 && r.body().contains(actorId));
        // an upload of three parts in one commit: the export reads such a commit one event at a time
        StringBuilder csv = new StringBuilder("buurt,period,indicator,value,level\n");
        for (int i = 0; i < 12_001; i++) {
            csv.append("BU02740101,")
                    .append(1900 + i % 120)
                    .append(",indicator-")
                    .append(i / 120)
                    .append(",1.5,LOCAL\n");
        }
        RunningSystem.Response upload =
                system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/indicator-uploads"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        String uploadStream = upload.json().get("consistencyToken").asText().replaceFirst("\\.[0-9]+$", "");
        system.await(
                GM + "/buurten/BU02740101/indicators?indicator=indicator-100",
                r -> r.status() == 200 && r.body().contains("indicator-100"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/audit-export"))
                .header("Authorization", "Bearer " + system.token("auditor-renkum"))
                .GET()
                .build();
        java.net.http.HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        JsonNode manifest = RunningSystem.JSON.readTree(files.get("manifest.json"));
        byte[] lines = files.get("events.jsonl");
        assertThat(manifest.at("/files/events.jsonl/sha256").asText())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(lines)));
        // recompute every stream's chain from the lines alone, the chain restarting at each new aggregateId
        java.util.Map<String, String> heads = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            JsonNode e = RunningSystem.JSON.readTree(line);
            String stream = e.get("aggregateId").asText();
            String canonical = String.join(
                    "\n",
                    stream,
                    e.get("sequence").asText(),
                    e.get("eventId").asText(),
                    e.get("timestamp").asText(),
                    e.get("type").asText(),
                    e.get("revision").isNull() ? "null" : e.get("revision").asText(),
                    e.get("payloadJson").asText(),
                    e.get("metaDataJson").asText());
            String hash = java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest((heads.getOrDefault(stream, "") + "\n" + canonical)
                                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(hash)
                    .as(stream + " #" + e.get("sequence").asText())
                    .isEqualTo(e.get("hash").asText());
            heads.put(stream, hash);
            counts.merge(stream, 1, Integer::sum);
        }
        assertThat(manifest.get("intact").asBoolean()).isTrue();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        long total = 0;
        for (JsonNode d : manifest.get("streams")) {
            String stream = d.get("aggregateId").asText();
            kinds.add(d.get("kind").asText());
            assertThat(d.get("lines").asInt()).as(stream).isEqualTo(counts.get(stream));
            assertThat(d.get("headHash").asText()).as(stream).isEqualTo(heads.get(stream));
            assertThat(d.at("/checkpoint/themeId").asText()).isEqualTo(stream);
            total += d.get("lines").asLong();
        }
        assertThat(kinds).contains("theme", "actor", "indicators");
        assertThat(manifest.get("streams").toString()).contains(theme, actorId);
        assertThat(counts.get(uploadStream))
                .as("the upload's parts, each a line")
                .isEqualTo(3);
        assertThat(total)
                .isEqualTo(manifest.get("events").asLong())
                .isEqualTo(
                        counts.values().stream().mapToLong(Integer::longValue).sum());
        assertThat(as("auditor-renkum", GM + "/themes/" + theme + "/verification")
                        .json()
                        .get("headHash")
                        .asText())
                .isEqualTo(heads.get(theme));
        assertThat(as("regievoerder-renkum", GM + "/audit-export").status()).isEqualTo(403);
        assertThat(as("auditor-arnhem", GM + "/audit-export").status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void anEventRemovedFromTheStoreIsNamed() {
        Document removed = commits().find(Filters.eq("aggregateKey", key(3))).first();
        commits().deleteOne(Filters.eq("_id", removed.get("_id")));
        JsonNode v = as("auditor-renkum", verification()).json();
        assertThat(v.at("/problem/kind").asText()).isEqualTo("MISSING");
        assertThat(v.at("/problem/sequence").asLong()).isEqualTo(3);
        commits().insertOne(removed);

        // the last event removed leaves a shorter chain that is intact in itself: the earlier checkpoint shows it
        Document last = commits().find(Filters.eq("lastKey", key(5))).first();
        String lastHash = last.getString("hash");
        commits().deleteOne(Filters.eq("_id", last.get("_id")));
        JsonNode shorter = as("auditor-renkum", verification() + "?sequence=5&hash=" + lastHash)
                .json();
        assertThat(shorter.get("intact").asBoolean()).isTrue();
        assertThat(shorter.at("/earlier/held").asBoolean())
                .as("the store no longer holds what the checkpoint of sequence 5 says it held")
                .isFalse();
        commits().insertOne(last);
        assertThat(as("auditor-renkum", verification() + "?sequence=5&hash=" + lastHash)
                        .json()
                        .at("/earlier/held")
                        .asBoolean())
                .isTrue();
    }

    @Test
    @Order(6)
    void anEventInsertedIntoTheStoreIsNamed() {
        Document last = commits().find(Filters.eq("lastKey", key(5))).first();
        Document forged = Document.parse(last.toJson());
        forged.put("_id", last.getLong("_id") + 1_000_000);
        forged.put("firstPosition", last.getLong("_id") + 1_000_000);
        forged.put("aggregateKey", key(6));
        forged.put("lastKey", key(6));
        forged.put("firstSequenceNumber", 6L);
        forged.put("lastSequenceNumber", 6L);
        Document event = forged.getList("events", Document.class).get(0);
        event.put("sequenceNumber", 6L);
        event.put("eventIdentifier", "forged-event");
        commits().insertOne(forged);
        JsonNode v = as("auditor-renkum", verification()).json();
        assertThat(v.at("/problem/kind").asText()).isEqualTo("INSERTED");
        assertThat(v.at("/problem/sequence").asLong()).isEqualTo(6);
        assertThat(v.at("/problem/eventId").asText()).isEqualTo("forged-event");
    }
}
