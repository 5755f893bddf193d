package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the production set-up is checked the way that is possible:
 * {@code docker-compose config} (Debian's docker-compose) must accept the file and see every service.
 */
class DockerComposeTest {
    private static final Path FILE = Path.of("..", "docker-compose.yml");

    @Test
    void theComposeFileIsValidAndHoldsTheReplicaSetAndBothServices() throws Exception {
        Result valid = run("config", "-q");
        assertThat(valid.exit()).as(valid.output()).isZero();
        Result services = run("config", "--services");
        assertThat(services.exit()).as(services.output()).isZero();
        assertThat(services.output().lines().toList())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "mongo1",
                        "mongo2",
                        "mongo3",
                        "mongo-init",
                        "personal-data",
                        "command-service",
                        "query-service"));
        Result config = run("config");
        assertThat(config.output())
                .contains("--replSet", "replicaSet=rs0", "healthcheck", "service_completed_successfully");
        // the keys are kept apart from the event store, and the services are told where the issuer is
        assertThat(config.output()).contains("PERSONAL_DATA_URI: mongodb://personal-data:27017", "OIDC_ISSUER_URI");
    }

    private record Result(int exit, String output) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker-compose", "-f", FILE.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(
                    "docker-compose is needed to validate docker-compose.yml: apt-get install docker-compose", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
