package it.org.implantdhr.certificate;

import java.util.List;

/**
 * Releasable implants of their own for tests in other packages (the browser tests of the release pages): a small
 * plant recorded through the API by the demo operators and engineers ({@link RecallFixtures}), so that the demo
 * QA people recorded none of its evidence and may release it (four eyes).
 */
public final class ReleasableImplants {

    private ReleasableImplants() {
    }

    /** {@code count} conforming implants with a complete evidence chain, none of them evaluated yet. */
    public static List<String> recorded(int count) {
        return RecallFixtures.recordedPlant(count).serials();
    }
}
