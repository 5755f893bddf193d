package nl.netwerkregie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void percentilesAreNearestRank() {
        Stats stats = new Stats();
        for (int i = 100; i >= 1; i--) {
            stats.add(i);
        }
        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(95)).isEqualTo(95);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(stats.percentile(100)).isEqualTo(100);
        assertThat(new Stats().percentile(50)).isNaN();
    }
}
