package it.org.implantdhr.platform;

import org.implantdhr.demo.control.DemoPlant;

/**
 * What every test finds on the test server, made once per test run before the first test: the demo
 * plant's setting (specification 1.1 in force, the approved powder supplier, the qualified machine
 * and people, the parameter set, the furnace and the CMM), recorded through the API as the demo
 * does, but none of its history. The server runs demo mode for the demo people and the demo
 * recording clock; each test records the plant it needs ({@link Plant}).
 */
public final class TestServer {

    private static boolean setUp;

    private TestServer() {}

    /**
     * Records the setting unless this run did already; what exists from an earlier run is skipped.
     */
    public static synchronized void setUp() {
        if (!setUp) {
            DemoPlant.recordSettingThrough(Api.BASE + "/api", DemoRecordingClock.token());
            setUp = true;
        }
    }

    /**
     * The demo plant's whole history, recorded now through the API in the caller's thread: the demo
     * plant's own test (DemoPlantIT) does this; no other test relies on it. What exists from an
     * earlier run is skipped.
     */
    public static void recordTheDemoPlant() {
        setUp();
        DemoPlant.recordThrough(Api.BASE + "/api", DemoRecordingClock.token());
    }
}
