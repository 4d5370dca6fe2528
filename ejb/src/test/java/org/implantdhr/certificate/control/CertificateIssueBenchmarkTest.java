package org.implantdhr.certificate.control;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.CertificateRenderer;
import org.implantdhr.documents.FurnaceCurve;
import org.implantdhr.documents.HeatTreatmentRun;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.ProcessSummary;
import org.implantdhr.documents.RenderedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issuing one certificate — the model from a released record, the PDF/A-3 with a furnace plot of a
 * full 30,000-sample × 6-thermocouple chart, the embedded machine-readable record, and the PAdES
 * B-LT signature (signature timestamp of the installation's own unit, chain and CRL in the document
 * security store) — against signing a bare one-page PDF with the same key, in the same run, after
 * warm-up. Reports only; the numbers and the machine are written down in
 * ear/src/test/resources/benchmarks/CERTIFICATE-ISSUE.md. Run: {@code ./mvnw -pl ejb -am test
 * -Dtest=CertificateIssueBenchmarkTest -DexcludedTestGroups=none -Dgroups=benchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class CertificateIssueBenchmarkTest {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 61;
    private static final int SAMPLES = 30_000;
    private static final int THERMOCOUPLES = 6;

    @Test
    void issuingACertificateAgainstSigningABarePage() {
        Manufacturer manufacturer =
                new Manufacturer(
                        "Nordlicht Medical Implants GmbH",
                        "Werkstraße 12, 24103 Kiel, Germany",
                        "https://www.nordlicht-implants.example",
                        "DE-MF-000012345");
        ReleasedRecord released = new ReleasedRecordFixture().build();
        CertificateModel fromRecord =
                DocumentModelMapper.certificate(
                        "RC-BENCH-1",
                        ReleasedRecordFixture.SIGNED_AT,
                        manufacturer,
                        released,
                        null,
                        "https://dhr.example/verify/" + ReleasedRecordFixture.SERIAL);
        CertificateModel model = withFurnaceCurve(fromRecord, furnaceCurve());
        CertificateRenderer renderer = new CertificateRenderer();
        TestPki pki = TestPki.rsa("Benchmark");
        PadesSigner signer = new PadesSigner(pki.signer, Clock.systemUTC());
        // as the demo installation issues: B-LT, timestamped by the installation's own unit, with
        // the chain and the CA's revocation list in the document security store
        LongTermSigner longTerm =
                new LongTermSigner(
                        new PadesSigner(
                                pki.signer,
                                new LocalTimestampUnit(pki.timestampUnit(), Clock.systemUTC()),
                                Clock.systemUTC()),
                        pki.signer,
                        () -> List.of(pki.crl()),
                        java.util.Optional.empty());
        SignatureDetails details = new SignatureDetails("Benchmark", "Benchmark", "Benchmark");
        byte[] barePage = TestPdfs.bareOnePage();

        int[] size = new int[1];
        Runnable issue =
                () -> {
                    CertificateModel m =
                            DocumentModelMapper.certificate(
                                    "RC-BENCH-1",
                                    ReleasedRecordFixture.SIGNED_AT,
                                    manufacturer,
                                    released,
                                    null,
                                    fromRecord.verificationUrl());
                    RenderedDocument rendered =
                            renderer.render(
                                    withFurnaceCurve(m, model.process().heatTreatment().curve()));
                    size[0] = longTerm.sign(rendered.pdf(), details).length;
                };
        Runnable bare = () -> signer.sign(barePage, details);

        for (int i = 0; i < WARM_UP; i++) {
            issue.run();
            bare.run();
        }
        long[] issueNanos = new long[MEASURED];
        long[] bareNanos = new long[MEASURED];
        long[] issueCpu = new long[MEASURED];
        long[] bareCpu = new long[MEASURED];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < MEASURED; i++) { // interleaved, so that both see the same machine load
            long cpu = threads.getCurrentThreadCpuTime();
            issueNanos[i] = time(issue);
            long between = threads.getCurrentThreadCpuTime();
            bareNanos[i] = time(bare);
            issueCpu[i] = between - cpu;
            bareCpu[i] = threads.getCurrentThreadCpuTime() - between;
        }
        Arrays.sort(issueNanos);
        Arrays.sort(bareNanos);
        Arrays.sort(issueCpu);
        Arrays.sort(bareCpu);
        double issueMedian = issueNanos[MEASURED / 2] / 1e6;
        double bareMedian = bareNanos[MEASURED / 2] / 1e6;
        double issueCpuMedian = issueCpu[MEASURED / 2] / 1e6;
        double bareCpuMedian = bareCpu[MEASURED / 2] / 1e6;
        System.out.printf(
                "Certificate issue benchmark (%d runs after %d warm-up, %d×%d furnace chart, %d-byte signed PDF):%n"
                        + "  issue + sign B-LT : median %.1f ms, p10 %.1f ms, p90 %.1f ms; CPU median %.1f ms%n"
                        + "  bare one-page signing: median %.1f ms, p10 %.1f ms, p90 %.1f ms; CPU median %.1f ms%n"
                        + "  ratio issue / bare signing: %.1f (wall clock), %.1f (CPU time of the thread)%n",
                MEASURED,
                WARM_UP,
                SAMPLES,
                THERMOCOUPLES,
                size[0],
                issueMedian,
                issueNanos[MEASURED / 10] / 1e6,
                issueNanos[MEASURED * 9 / 10] / 1e6,
                issueCpuMedian,
                bareMedian,
                bareNanos[MEASURED / 10] / 1e6,
                bareNanos[MEASURED * 9 / 10] / 1e6,
                bareCpuMedian,
                issueMedian / bareMedian,
                issueCpuMedian / bareCpuMedian);
    }

    /**
     * Where the time of one issue goes, each stage on its own and in the same run: the model,
     * rendering, the PAdES signature with its timestamp, and the document security store (chain and
     * CRL). Fewer rounds: it only says which stage to make cheaper.
     */
    @Test
    void whereTheTimeOfAnIssueGoes() {
        Manufacturer manufacturer =
                new Manufacturer(
                        "Nordlicht Medical Implants GmbH",
                        "Werkstraße 12, 24103 Kiel, Germany",
                        "https://www.nordlicht-implants.example",
                        "DE-MF-000012345");
        ReleasedRecord released = new ReleasedRecordFixture().build();
        CertificateModel fromRecord =
                DocumentModelMapper.certificate(
                        "RC-BENCH-1",
                        ReleasedRecordFixture.SIGNED_AT,
                        manufacturer,
                        released,
                        null,
                        "https://dhr.example/verify/" + ReleasedRecordFixture.SERIAL);
        FurnaceCurve curve = furnaceCurve();
        CertificateModel model = withFurnaceCurve(fromRecord, curve);
        CertificateRenderer renderer = new CertificateRenderer();
        TestPki pki = TestPki.rsa("Benchmark");
        PadesSigner pades =
                new PadesSigner(
                        pki.signer,
                        new LocalTimestampUnit(pki.timestampUnit(), Clock.systemUTC()),
                        Clock.systemUTC());
        SignatureDetails details = new SignatureDetails("Benchmark", "Benchmark", "Benchmark");
        byte[] barePage = TestPdfs.bareOnePage();
        PadesSigner bareSigner = new PadesSigner(pki.signer, Clock.systemUTC());
        byte[][] rendered = {renderer.render(model).pdf()};
        byte[][] signed = {pades.sign(rendered[0], details)};
        var crls = List.of(pki.crl());
        String[] names = {"model", "render", "PAdES + timestamp", "DSS (chain, CRL)", "bare"};
        Runnable[] stages = {
            () ->
                    DocumentModelMapper.certificate(
                            "RC-BENCH-1",
                            ReleasedRecordFixture.SIGNED_AT,
                            manufacturer,
                            released,
                            null,
                            fromRecord.verificationUrl()),
            () -> rendered[0] = renderer.render(model).pdf(),
            () -> signed[0] = pades.sign(rendered[0], details),
            () -> DocumentSecurityStore.withValidationData(signed[0], pki.signer.chain(), crls),
            () -> bareSigner.sign(barePage, details)
        };
        int warmUp = 10;
        int measured = 21;
        long[][] nanos = new long[stages.length][measured];
        long[][] cpu = new long[stages.length][measured];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -warmUp; round < measured; round++) {
            for (int stage = 0; stage < stages.length; stage++) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long took = time(stages[stage]);
                if (round >= 0) {
                    nanos[stage][round] = took;
                    cpu[stage][round] = threads.getCurrentThreadCpuTime() - cpuBefore;
                }
            }
        }
        StringBuilder report =
                new StringBuilder("Where the time of an issue goes (medians, wall / CPU):");
        for (int stage = 0; stage < stages.length; stage++) {
            Arrays.sort(nanos[stage]);
            Arrays.sort(cpu[stage]);
            report.append(
                    String.format(
                            " %s %.1f / %.1f ms;",
                            names[stage],
                            nanos[stage][measured / 2] / 1e6,
                            cpu[stage][measured / 2] / 1e6));
        }
        System.out.println(report);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static CertificateModel withFurnaceCurve(CertificateModel m, FurnaceCurve curve) {
        ProcessSummary p = m.process();
        HeatTreatmentRun run =
                new HeatTreatmentRun(
                        "HT-BENCH-1",
                        "NABERTHERM-VHT-01",
                        "SR-820-2H",
                        ReleasedRecordFixture.SIGNED_AT
                                .minusSeconds(86_400)
                                .atZone(ReleasedRecordFixture.ZONE),
                        ReleasedRecordFixture.SIGNED_AT
                                .minusSeconds(86_400 - SAMPLES)
                                .atZone(ReleasedRecordFixture.ZONE),
                        curve);
        return new CertificateModel(
                m.certificateNumber(),
                m.issuedAt(),
                m.manufacturer(),
                m.device(),
                m.caseReference(),
                m.design(),
                m.materials(),
                new ProcessSummary(p.build(), run, p.cleaning(), p.dimensional()),
                m.release(),
                m.suppliedNonSterile(),
                m.verificationUrl(),
                m.record());
    }

    /**
     * A stress-relief cycle sampled every second: ramp to 820 °C, two hours' soak, cooling; six
     * load thermocouples.
     */
    private static FurnaceCurve furnaceCurve() {
        long start = Instant.parse("2026-03-02T06:00:00Z").getEpochSecond();
        long[] seconds = new long[SAMPLES];
        double[][] load = new double[THERMOCOUPLES][SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            seconds[i] = start + i;
            double nominal =
                    i < 9_000
                            ? 25 + 795.0 * i / 9_000
                            : i < 16_200 ? 820 : Math.max(60, 820 - (i - 16_200) * 0.06);
            for (int t = 0; t < THERMOCOUPLES; t++) {
                load[t][i] = nominal - t * 0.7 + Math.sin(i / 97.0 + t) * 0.8;
            }
        }
        return new FurnaceCurve(
                List.of("TC1", "TC2", "TC3", "TC4", "TC5", "TC6"),
                seconds,
                load,
                820,
                810,
                830,
                start + 9_300,
                start + 16_200);
    }
}
