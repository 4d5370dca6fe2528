package it.org.implantdhr.casefile;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import java.time.LocalDate;
import org.implantdhr.casefile.control.StlWriter;

/**
 * Case-file records made through the API, for any test that needs a case, an approved design or an
 * implant. Every call makes new records with unique keys. The surgeon is the test user "it.surgeon"
 * unless named.
 */
public final class CaseFixtures {

    public static final String SURGEON = "it.surgeon";

    /** A case with one design whose engineer and surgeon approvals are signed. */
    public record ApprovedDesign(
            String caseNumber, String designVersion, String surgeon, String sha256) {}

    private CaseFixtures() {}

    /** A custom-made case of the test surgeon, surgery in 30 days. */
    public static String newCase() {
        return newCase(SURGEON, "CUSTOM_MADE");
    }

    /** A case of the named surgeon (a user with role SURGEON, created if needed). */
    public static String newCase(String surgeon, String pathway) {
        People.named(surgeon, "SURGEON");
        String caseNumber = unique("CASE");
        expect(
                People.as("ENGINEER").post("/api/cases", caseJson(caseNumber, surgeon, pathway)),
                201);
        return caseNumber;
    }

    public static String caseJson(String caseNumber, String surgeon, String pathway) {
        return """
                {"caseNumber":"%s","hospital":"Test Hospital","surgeon":"%s","patientPseudonym":"PAT-%s",
                 "regulatoryPathway":"%s","plannedSurgeryDate":"%s","deviceName":"Chest-wall implant",
                 "deviceModel":"CW-1","prescriptionReference":"RX-%s"}"""
                .formatted(
                        caseNumber,
                        surgeon,
                        System.nanoTime(),
                        pathway,
                        LocalDate.now().plusDays(30),
                        System.nanoTime());
    }

    /** A CT study of the case, 0.625 mm slices, scanned yesterday. */
    public static void ctStudy(String caseNumber) {
        expect(
                People.as("ENGINEER")
                        .post(
                                "/api/cases/" + caseNumber + "/imaging",
                                """
                {"studyUid":"1.2.840.%d","modality":"CT","scanDate":"%s","sliceThickness":{"value":0.625,"unit":"mm"},
                 "sliceIncrement":{"value":625,"unit":"µm"},"scannerModel":"Somatom"}"""
                                        .formatted(
                                                System.nanoTime(), LocalDate.now().minusDays(1))),
                201);
    }

    /** Uploads a 10 mm cube (binary STL) as design version "V1"; answers its SHA-256. */
    public static String design(String caseNumber, String version) {
        return expect(
                        People.as("ENGINEER")
                                .upload(
                                        "/api/cases/"
                                                + caseNumber
                                                + "/designs?version="
                                                + version
                                                + "&unit=MILLIMETRE&fileName=design.stl&minWall=1.5&minWallUnit=mm",
                                        "model/stl",
                                        StlWriter.binary("cube", cube(10))),
                        201)
                .json()
                .getString("sha256");
    }

    public static void approve(String caseNumber, String version, Api who) {
        expect(
                who.post(
                        "/api/cases/" + caseNumber + "/designs/" + version + "/approvals",
                        "{\"password\":\"" + People.PASSWORD + "\",\"zone\":\"Europe/Berlin\"}"),
                201);
    }

    /**
     * A case of the test surgeon with a CT study and design "V1", approved by the engineer and the
     * surgeon.
     */
    public static ApprovedDesign newCaseWithApprovedDesign() {
        String caseNumber = newCase();
        ctStudy(caseNumber);
        String sha256 = design(caseNumber, "V1");
        approve(caseNumber, "V1", People.as("ENGINEER"));
        approve(caseNumber, "V1", People.named(SURGEON, "SURGEON"));
        return new ApprovedDesign(caseNumber, "V1", SURGEON, sha256);
    }

    /** A new implant (serial answered) made for an approved design of a new case. */
    public static String newImplant() {
        return newImplant(newCaseWithApprovedDesign());
    }

    public static String newImplant(ApprovedDesign design) {
        String serial = unique("SN");
        expect(
                People.as("ENGINEER")
                        .post(
                                "/api/implants",
                                """
                {"serialNumber":"%s","caseNumber":"%s","designVersion":"%s"}"""
                                        .formatted(
                                                serial,
                                                design.caseNumber(),
                                                design.designVersion())),
                201);
        return serial;
    }

    /**
     * A closed cube of the given edge, from the origin, faces counter-clockwise seen from outside.
     */
    public static double[] cube(double s) {
        return new double[] {
            0, 0, 0, 0, s, 0, s, s, 0, 0, 0, 0, s, s, 0, s, 0, 0, 0, 0, s, s, 0, s, s, s, s, 0, 0,
            s, s, s, s, 0, s, s, 0, 0, 0, s, 0, 0, s, 0, s, 0, 0, 0, s, 0, s, 0, 0, s, 0, s, 0, 0,
            s, s, s, s, s, 0, s, 0, s, s, s, s, s, 0, 0, 0, 0, 0, 0, s, 0, s, s, 0, 0, 0, 0, s, s,
            0, s, 0, s, 0, 0, s, s, 0, s, s, s, s, 0, 0, s, s, s, s, 0, s
        };
    }
}
