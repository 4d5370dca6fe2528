package org.implantdhr.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints median render times after warm-up, wall clock and CPU time of the rendering thread (the
 * CPU time stays meaningful when other builds load the machine). Excluded from the default build;
 * run with {@code ./mvnw -pl pdf-templates test -Dbenchmarks=none -Dtest=RenderTimingReport}.
 * Reports, never asserts: timings depend on the machine.
 */
@Tag("benchmark")
class RenderTimingReport {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;

    @Test
    void medianRenderTimes() {
        CertificateRenderer certificates = new CertificateRenderer();
        CertificateModel certificate = CertificateModelBuilder.certificate().build();
        report("certificate (30,000 x 6 furnace samples)", () -> certificates.render(certificate));
        ImplantCardRenderer cards = new ImplantCardRenderer();
        ImplantCardModel card = ImplantCardRendererTest.card(DeviceCategory.PATIENT_MATCHED, null);
        report("implant card", () -> cards.render(card));
        AnnexXiiiStatementRenderer statements = new AnnexXiiiStatementRenderer();
        AnnexXiiiStatementModel statement =
                AnnexXiiiStatementRendererTest.statement(java.util.List.of());
        report("Annex XIII statement", () -> statements.render(statement));
    }

    private static void report(String what, Runnable render) {
        for (int i = 0; i < WARM_UP; i++) {
            render.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            render.run();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "%-42s wall median %6.1f ms (p90 %6.1f), CPU median %6.1f ms (%d runs after %d warm-up)%n",
                what,
                wall[MEASURED / 2] / 1e6,
                wall[MEASURED * 9 / 10] / 1e6,
                cpu[MEASURED / 2] / 1e6,
                MEASURED,
                WARM_UP);
    }
}
