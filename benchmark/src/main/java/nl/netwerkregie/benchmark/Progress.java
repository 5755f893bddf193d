package nl.netwerkregie.benchmark;

import java.io.PrintStream;

/** A one-line progress bar on standard error for the long phases. */
final class Progress {
    private final PrintStream out = System.err;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    Progress(String label, long total) {
        this.label = label;
        this.total = Math.max(1, total);
        draw(0);
    }

    synchronized void update(long done) {
        long now = System.nanoTime();
        if (now - lastDrawn > 200_000_000L || done >= total) {
            lastDrawn = now;
            draw(done);
        }
    }

    void done() {
        draw(total);
        out.println();
    }

    private void draw(long done) {
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "\r%-34s [%s%s] %3d%% %6.0fs",
                label, "#".repeat(filled), "-".repeat(width - filled), Math.min(100, 100 * done / total), seconds);
        out.flush();
    }
}
