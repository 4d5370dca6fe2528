package it.org.implantdhr.bundle;

import it.org.implantdhr.demo.DemoPlantRecorded;
import it.org.implantdhr.platform.Api;
import jakarta.json.JsonObject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implants of the demo plant in the state the evidence-bundle tests need: one released, one not decided. The
 * released one is CW-DEMO-02, which DemoPlantIT releases (and accepts released): whichever test comes first
 * releases it, the same way, as quinn.qa. The test database outlives a run, so every state is checked first.
 */
public final class DecidedImplants {

    public static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");
    public static final Api RITA = Api.as("rita.regulator", "rita.regulator-demo");
    static final Set<String> DECIDED = Set.of("RELEASED", "REJECTED", "RECALLED");
    private static final String RELEASED_BY_DEMO_TEST = "CW-DEMO-02";

    private DecidedImplants() {
    }

    /** A released implant with a certificate: CW-DEMO-02, released here if DemoPlantIT has not done it yet. */
    public static String released() {
        String serial = RELEASED_BY_DEMO_TEST;
        if (!status(serial).equals("RELEASED")) {
            var evaluation = QUINN.post("/api/implants/" + serial + "/evaluations", "");
            assertThat(evaluation.status()).as(evaluation.toString()).isIn(200, 201);
            var released = QUINN.post("/api/implants/" + serial + "/release", """
                    {"password":"quinn.qa-demo","zone":"Europe/Berlin"}""");
            assertThat(released.status()).as(released.toString()).isIn(200, 409);
        }
        assertThat(status(serial)).isEqualTo("RELEASED");
        return serial;
    }

    /** A defective demo implant nobody has decided on (each is stopped by a check, so none is released). */
    public static String undecided() {
        for (String serial : new String[]{"CW-DEMO-20", "CW-DEMO-18", "CW-DEMO-19", "CW-DEMO-17", "CW-DEMO-08",
                "CW-DEMO-07", "CW-DEMO-14", "CW-DEMO-15"}) {
            if (!DECIDED.contains(status(serial))) {
                return serial;
            }
        }
        throw new AssertionError("every defective demo implant is decided");
    }

    public static String status(String serial) {
        var answer = QUINN.get("/api/implants/" + serial);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getString("status");
    }

    /** The audit trail's id of the implant record, from its entries. */
    public static long implantRecordId(String serial) {
        var entries = RITA.get("/api/audit?recordType=Implant&limit=1000").array();
        return entries.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("CREATE") && serial.equals(e.getString("recordLabel", null)))
                .mapToLong(e -> e.getJsonNumber("recordId").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no CREATE entry of implant " + serial));
    }

    /** Every entry of a ZIP with its bytes, in order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
