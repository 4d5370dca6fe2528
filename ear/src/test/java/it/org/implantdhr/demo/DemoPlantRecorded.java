package it.org.implantdhr.demo;

import it.org.implantdhr.platform.Api;

import java.time.Duration;

/**
 * The test server runs in demo mode and records the demo plant through the API in the background after it starts.
 * Tests that use demo records wait for it here. The last things the plant records are the nonconformance of
 * CW-DEMO-16 and the inspection of CW-DEMO-20, so once both are there the whole plant is.
 */
public final class DemoPlantRecorded {

    private static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");
    private static final Duration AT_MOST = Duration.ofMinutes(8);

    private DemoPlantRecorded() {
    }

    /** Returns once the demo plant is recorded; fails the test class after 8 minutes. */
    public static void await() {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (!recorded()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The demo plant was not recorded within " + AT_MOST.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the demo plant", e);
            }
        }
    }

    private static boolean recorded() {
        var open = QUINN.get("/api/nonconformances?implant=CW-DEMO-16");
        var inspections = QUINN.get("/api/implants/CW-DEMO-20/inspections");
        return open.status() == 200 && open.text().contains("\"number\"") && inspections.status() == 200
                && inspections.text().contains("\"id\"");
    }
}
