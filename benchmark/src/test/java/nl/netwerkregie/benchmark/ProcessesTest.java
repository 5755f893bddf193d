package nl.netwerkregie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {
    @TempDir
    Path dir;

    @Test
    void histogramsCountedWithoutTheirCollectionAreFoundInTheLog() throws Exception {
        Path log = dir.resolve("query-service.log");
        assertThat(Processes.skippedCollections(log)).isZero(); // no log yet
        Files.writeString(
                log,
                "{\"message\":\"started\"}\n"
                        + "[186.512s][warning][gc] GC locker is held; pre-dump GC was skipped\n"
                        + "{\"message\":\"caf\u00e9 \u00fc\"}\n",
                StandardCharsets.UTF_8);
        assertThat(Processes.skippedCollections(log)).isEqualTo(1);
        Files.writeString(
                log,
                "[191.762s][warning][gc] GC locker is held; pre-dump GC was skipped\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(Processes.skippedCollections(log)).isEqualTo(2);
    }

    @Test
    void theLiveTotalIsTheHistogramsLastLine() {
        assertThat(Processes.liveMib(java.util.List.of(
                        " num     #instances         #bytes  class name (module)",
                        "   1:        595998       35787368  [B (java.base@17.0.15)",
                        "Total       2000000       10485760")))
                .isEqualTo(10.0);
    }
}
