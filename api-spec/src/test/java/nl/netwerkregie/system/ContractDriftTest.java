package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents in {@code api-spec} are what the services serve. When a change to the API is
 * intended, regenerate them with {@code mvn -pl api-spec -am verify -Dapi-spec.update=true} and
 * review the difference like any other change.
 */
class ContractDriftTest {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void commandServiceServesItsContract() throws IOException {
        assertServes(system.commandUrl(), Path.of("command-service.openapi.json"));
    }

    @Test
    void queryServiceServesItsContract() throws IOException {
        assertServes(system.queryUrl(), Path.of("query-service.openapi.json"));
    }

    @Test
    void bothServicesServeSwaggerUi() {
        for (String base : new String[] {system.commandUrl(), system.queryUrl()}) {
            RunningSystem.Response ui =
                    system.send(HttpRequest.newBuilder(URI.create(base + "/v1/swagger-ui/index.html"))
                            .GET());
            assertThat(ui.status()).isEqualTo(200);
            assertThat(ui.body()).contains("swagger-ui");
        }
    }

    @Test
    void bothServicesReportLivenessAndReadinessIncludingTheStore() {
        for (String base : new String[] {system.commandUrl(), system.queryUrl()}) {
            RunningSystem.Response live =
                    system.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness"))
                            .GET());
            RunningSystem.Response ready =
                    system.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                            .GET());
            assertThat(live.status()).isEqualTo(200);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void browserFrontEndsFromAConfiguredOriginMayCallTheApi() {
        String path = "/v1/municipalities/GM0274/themes";
        RunningSystem.Response allowed = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path))
                .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-recorded-by")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningSystem.ALLOWED_ORIGIN);
        RunningSystem.Response read = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                .GET());
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("API-Version");
        RunningSystem.Response other = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static void assertServes(String base, Path contract) throws IOException {
        RunningSystem.Response served = system.send(
                HttpRequest.newBuilder(URI.create(base + "/v1/openapi.json")).GET());
        assertThat(served.status()).isEqualTo(200);
        // the contract names the default issuer (the development Keycloak of ./run.sh); the tests' runs on a free port
        String canonical = canonical(served.body()
                .replace(system.identity.issuer(), "http://127.0.0.1:8180/realms/" + IdentityProvider.REALM));
        if (Boolean.getBoolean("api-spec.update")) {
            Files.writeString(contract, canonical);
        }
        assertThat(contract)
                .as("the contract file %s", contract.toAbsolutePath())
                .exists();
        assertThat(canonical)
                .as(
                        "%s differs from what the service serves; if the change is intended, regenerate with "
                                + "-Dapi-spec.update=true",
                        contract)
                .isEqualTo(Files.readString(contract));
    }

    private static String canonical(String json) throws IOException {
        JsonNode tree = CANONICAL.readTree(json);
        Object sorted = CANONICAL.treeToValue(tree, Object.class);
        return CANONICAL.writeValueAsString(sorted) + "\n";
    }
}
