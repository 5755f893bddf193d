package nl.netwerkregie.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The development identity provider, for real: Keycloak from its distribution on Maven Central (unpacked
 * by this module's build into {@code target/keycloak}), started once per test JVM with the committed realm
 * ({@code identity/netwerkregie-realm.json}) on free loopback ports and an in-memory database, stopped when
 * the JVM ends. Tests sign in as the realm's demo accounts with the password grant of the front-end client.
 */
final class IdentityProvider {
    static final String REALM = "netwerkregie";
    static final String FRONT_END = "netwerkregie-frontend";
    static final String PASSWORD = "demo";
    /** The account with every role for GM0274, GM0202 and GM9901 that tests use unless they test rights. */
    static final String DEVELOPER = "ontwikkelaar";

    private static IdentityProvider shared;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** How long the start took, for the record. */
    final Duration startUp;

    private record Token(String value, long expiresAtNanos) {}

    /** The one provider of this JVM, started at the first call. */
    static synchronized IdentityProvider shared() {
        if (shared == null) {
            shared = new IdentityProvider();
            IdentityProvider started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return shared;
    }

    private IdentityProvider() {
        Path home = Path.of(
                System.getProperty("netwerkregie.keycloak.home", "../system-tests/target/keycloak/keycloak-26.7.3"));
        Path realm = Path.of(System.getProperty("netwerkregie.keycloak.realm", "../identity/netwerkregie-realm.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home.toAbsolutePath()
                    + ": the system-tests build unpacks it (mvn -pl system-tests process-test-resources)");
        }
        int port = freePort();
        int management = freePort();
        issuer = "http://127.0.0.1:" + port + "/realms/" + REALM;
        long start = System.nanoTime();
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("netwerkregie-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + management,
                    "--import-realm",
                    "--db=dev-mem",
                    "--log-level=WARN"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("keycloak-test.log").toFile()));
            String javaHome = keycloakJava();
            if (javaHome != null) {
                builder.environment().put("JAVA_HOME", javaHome);
            }
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Keycloak", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped while starting; see " + home.resolve("keycloak-test.log"));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("Keycloak did not start within 240 s");
            }
            sleep(250);
        }
        startUp = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Keycloak up in %.1f s at %s%n", startUp.toMillis() / 1000.0, issuer);
    }

    /** Keycloak asks for a newer JDK than 17: the machine's Temurin 25 where it has one, else this JVM's own. */
    private static String keycloakJava() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        return Files.isExecutable(temurin.resolve("bin/java")) ? temurin.toString() : System.getProperty("java.home");
    }

    String issuer() {
        return issuer;
    }

    /** An access token of {@code username} (password {@value #PASSWORD}), fetched once and renewed before it expires. */
    String token(String username) {
        Token t = tokens.get(username);
        if (t != null && System.nanoTime() < t.expiresAtNanos()) {
            return t.value();
        }
        Token fresh = signIn(username);
        tokens.put(username, fresh);
        return fresh.value();
    }

    /** The token's subject: the account id events record as who recorded them. */
    String subject(String username) {
        String payload = token(username).split("\\.")[1];
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload))
                    .get("sub")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Token signIn(String username) {
        String form = "grant_type=password&client_id=" + FRONT_END + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("sign-in of " + username + " refused: " + r.body());
            }
            JsonNode body = JSON.readTree(r.body());
            long lifetime = body.get("expires_in").asLong();
            return new Token(
                    body.get("access_token").asText(),
                    System.nanoTime()
                            + Duration.ofSeconds(Math.max(1, lifetime - 60)).toNanos());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
