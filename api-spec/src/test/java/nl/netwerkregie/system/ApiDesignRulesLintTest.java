package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract passes the Spectral ruleset of the Dutch API Design Rules ({@code lint/adr-ruleset.yaml})
 * without errors. Needs Node.js with {@code npx}; the first run downloads Spectral from npm.
 */
class ApiDesignRulesLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"command-service.openapi.json", "query-service.openapi.json"})
    void theContractPassesTheApiDesignRulesLinter(String contract) throws Exception {
        List<String> command = List.of(
                "npx",
                "--yes",
                "@stoplight/spectral-cli@6",
                "lint",
                "--fail-severity",
                "error",
                "-r",
                "lint/adr-ruleset.yaml",
                contract);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js with npx is needed to lint the contract (apt-get install nodejs npm)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
