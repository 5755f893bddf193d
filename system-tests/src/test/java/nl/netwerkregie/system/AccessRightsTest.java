package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Generated from the contract: for every operation of both services, signed in through the development
 * identity provider for real, (1) no token gets 401 with WWW-Authenticate, (2) a token of another
 * municipality gets 403 and changes nothing, and (3) each role gets exactly its rights: a token without
 * the right gets 403, a token with it gets past the check (the request is then judged on its own: 400,
 * 404, …). The rights expected are written here, independently of the services' rule tables, and the
 * contract's {@code x-roles} must say the same. A researcher's rights hold only while the municipality has
 * published its data for research.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessRightsTest {
    private static final String GM = "GM0274";
    /** One demo account per role of GM0274 (an auditor with the personal-data grant has an auditor's rights). */
    private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("regievoerder", "regievoerder-renkum");
        ACCOUNTS.put("auditor", "auditor-renkum");
        ACCOUNTS.put("auditor+personal-data", "auditor-names-renkum");
        ACCOUNTS.put("researcher", "researcher-renkum");
        ACCOUNTS.put("administrator", "administrator-renkum");
    }

    private static RunningSystem system;

    /** An operation of the contract. */
    record Operation(boolean command, String method, String template, String contentType, List<String> roles) {
        String path() {
            return ("/v1" + template)
                            .replace("{municipality}", GM)
                            .replace("{buurt}", "BU02740101")
                            .replace("{cycle}", "1")
                            .replace("{scan}", "1")
                            .replace("{sequence}", "0")
                            .replace("{step}", "1")
                            .replace("{item}", "0")
                            .replace("{level}", "TOWARD_THE_PARTNERS")
                            .replace("{phase}", "EXECUTION")
                            .replace("{position}", "HOUSEHOLD")
                            .replace("/regie/elements/{element}", "/regie/elements/CHERISH_THE_NETWORK")
                            .replace("{element}", "OWN_STRENGTH")
                            .replace("{family}", "network")
                            .replaceAll("\\{[A-Za-z]+Id\\}", "00000000-0000-4000-8000-0000000000e1")
                    // reads across municipalities name the municipality in the query
                    + (template.startsWith("/research/") ? "?municipality=" + GM : "");
        }

        boolean municipal() {
            return template.startsWith("/municipalities/{municipality}") || template.startsWith("/research/");
        }
    }

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    /** The rights each operation should grant, as the README's table of roles says. */
    static Set<String> expectedRoles(boolean command, String method, String template) {
        if (command) {
            if (template.contains("/settings/")) {
                return Set.of("administrator");
            }
            if (template.endsWith("/erasure")) {
                return Set.of("administrator");
            }
            if (template.endsWith("/actors/{actorId}/personal-data")) {
                return Set.of("regievoerder", "administrator");
            }
            return Set.of("regievoerder");
        }
        if (template.startsWith("/projections")) {
            return Set.of("administrator");
        }
        if (template.endsWith("/history")
                || template.endsWith("/history/{sequence}/network")
                || template.endsWith("/later-changes")
                || template.endsWith("/positions-without-evidence")) {
            return Set.of("regievoerder", "auditor");
        }
        if (template.endsWith("/verification") || template.endsWith("/audit-export")) {
            return Set.of("auditor", "administrator");
        }
        if (template.equals("/checkpoint-keys")) {
            return Set.of("regievoerder", "auditor", "administrator");
        }
        if (template.endsWith("/personal-data-access-log")) {
            return Set.of("auditor");
        }
        if (template.endsWith("/actors/{actorId}/personal-data")) {
            return Set.of("administrator");
        }
        if (template.endsWith("/{municipality}/settings")) {
            return Set.of("regievoerder", "auditor", "researcher", "administrator");
        }
        return Set.of("regievoerder", "auditor", "researcher");
    }

    static List<Operation> operations() throws Exception {
        List<Operation> out = new ArrayList<>();
        for (String service : List.of("command-service", "query-service")) {
            JsonNode doc =
                    RunningSystem.JSON.readTree(Files.readString(Path.of("..", "api-spec", service + ".openapi.json")));
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                if (p.getKey().equals("/error")) {
                    continue; // open: the servlet container's error page
                }
                Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> m = methods.next();
                    JsonNode content = m.getValue().path("requestBody").path("content");
                    String type = content.fieldNames().hasNext()
                            ? content.fieldNames().next()
                            : null;
                    List<String> roles = new ArrayList<>();
                    m.getValue().path("x-roles").forEach(r -> roles.add(r.asText()));
                    out.add(new Operation(
                            service.startsWith("command"),
                            m.getKey().toUpperCase(Locale.ROOT),
                            p.getKey(),
                            type,
                            roles));
                }
            }
        }
        return out;
    }

    private static RunningSystem.Response call(Operation op, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create((op.command() ? system.commandUrl() : system.queryUrl()) + op.path()))
                .method(
                        op.method(),
                        op.contentType() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        op.contentType().equals("text/csv") ? "" : "{}"));
        if (op.contentType() != null) {
            request.header("Content-Type", op.contentType());
        }
        return username == null ? system.sendAnonymous(request) : system.sendAs(username, request);
    }

    @Test
    @Order(1)
    void theContractDeclaresSignInAndExactlyTheExpectedRolesOnEveryOperation() throws Exception {
        List<Operation> ops = operations();
        assertThat(ops).hasSizeGreaterThan(80);
        for (Operation op : ops) {
            assertThat(new TreeSet<>(op.roles()))
                    .as("x-roles of %s %s", op.method(), op.template())
                    .isEqualTo(new TreeSet<>(expectedRoles(op.command(), op.method(), op.template())));
        }
    }

    @Test
    @Order(2)
    void withoutATokenEveryOperationIs401WithWwwAuthenticate() throws Exception {
        long before = system.storedEvents();
        for (Operation op : operations()) {
            RunningSystem.Response r = call(op, null);
            assertThat(r.status())
                    .as("%s %s without a token", op.method(), op.path())
                    .isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aTokenOfAnotherMunicipalityGets403OnEveryOperationAndChangesNothing() throws Exception {
        long before = system.storedEvents();
        long keys = system.keyDb().getCollection("personal_data_keys").countDocuments();
        int covered = 0;
        for (Operation op : operations()) {
            if (!op.municipal()) {
                continue;
            }
            // Arnhem's accounts hold every role between them, none of them for Renkum
            for (String other :
                    List.of("regievoerder-arnhem", "auditor-arnhem", "researcher-arnhem", "administrator-arnhem")) {
                RunningSystem.Response r = call(op, other);
                assertThat(r.status())
                        .as("%s %s as %s", op.method(), op.path(), other)
                        .isEqualTo(403);
                assertThat(r.json().get("detail").asText()).contains("municipality " + GM);
            }
            covered++;
        }
        System.out.println("Municipality isolation: " + covered + " operations, each refused to 4 accounts of GM0202");
        assertThat(covered).isGreaterThan(80);
        assertThat(system.storedEvents()).isEqualTo(before);
        assertThat(system.keyDb().getCollection("personal_data_keys").countDocuments())
                .isEqualTo(keys);
    }

    @Test
    @Order(4)
    void everyRoleGetsExactlyItsRightsAndAResearcherOnlyOncePublished() throws Exception {
        checkRights(false);
        RunningSystem.Response published = system.sendAs(
                "administrator-renkum",
                HttpRequest.newBuilder(URI.create(
                                system.commandUrl() + "/v1/municipalities/" + GM + "/settings/research-publication"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"published\":true,\"effectiveDate\":\"2020-01-01\"}")));
        assertThat(published.status()).isEqualTo(200);
        system.await(
                "/v1/municipalities/" + GM + "/settings",
                r -> r.status() == 200 && r.json().has("publishedForResearchSince"));
        checkRights(true);
    }

    private void checkRights(boolean published) throws Exception {
        long before = system.storedEvents();
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Set<String> expected = expectedRoles(op.command(), op.method(), op.template());
            for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
                String role = account.getKey().replace("+personal-data", "");
                boolean allowed = expected.contains(role) && (published || !role.equals("researcher"));
                RunningSystem.Response r = call(op, account.getValue());
                boolean refused = r.status() == 403 || r.status() == 401;
                if (allowed == refused) {
                    wrong.add(op.method() + " " + op.path() + " as " + account.getKey() + ": " + r.status() + " "
                            + r.body());
                }
                checked++;
            }
        }
        System.out.println(
                "Role rights (" + (published ? "published" : "not published") + "): " + checked + " requests");
        assertThat(wrong).isEmpty();
        assertThat(system.storedEvents())
                .as("requests that only reached validation record nothing")
                .isEqualTo(before);
    }
}
