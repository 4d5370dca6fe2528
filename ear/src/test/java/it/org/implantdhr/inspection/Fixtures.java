package it.org.implantdhr.inspection;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;

import it.org.implantdhr.platform.People;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.implantdhr.casefile.control.StlWriter;
import org.implantdhr.inspection.control.CharacteristicKind;
import org.implantdhr.inspection.control.CharacteristicStatus;
import org.implantdhr.inspection.control.InspectionResults;
import org.implantdhr.inspection.control.MeasuredCharacteristic;
import org.implantdhr.inspection.control.QifResultsXml;

/** Test data for inspections and nonconformances, made through the API with unique keys. */
public final class Fixtures {

    public static final String CMM_CSV =
            """
            characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical
            H1 diameter,HOLE_DIAMETER,3.5,-0.1,0.1,3.541,mm,PASS,true
            H2 diameter,HOLE_DIAMETER,3.5,-0.1,0.1,3.612,mm,FAIL,true
            H1 position,HOLE_POSITION,0,0,0.2,0.084,mm,PASS,true
            Rib 2 fit surface,FIT_SURFACE,0,-0.5,0.5,0.31,mm,PASS,false
            Minimum strut,WALL_THICKNESS,1.8,-0.6,0.7,1.74,mm,PASS,true
            "Rib arm length, left",OTHER,142.0,-0.5,0.5,141.83,mm,NOT_ANALYZED,false
            """;

    private Fixtures() {}

    /** A CMM whose calibration is due on the given date. */
    public static String instrument(LocalDate calibrationDue) {
        String code = unique("CMM");
        var answer =
                People.as("QA")
                        .post(
                                "/api/instruments",
                                """
                {"code":"%s","type":"CMM","calibrationDue":"%s"}"""
                                        .formatted(code, calibrationDue));
        expect(answer, 201);
        return code;
    }

    public static String instrument() {
        return instrument(LocalDate.now().plusMonths(6));
    }

    /**
     * A new implant of a new case with one design version (an engineer opens the case for a test
     * surgeon).
     */
    public static String implant() {
        People.as("SURGEON");
        var engineer = People.as("ENGINEER");
        String caseNumber = unique("CASE");
        expect(
                engineer.post(
                        "/api/cases",
                        """
                {"caseNumber":"%s","hospital":"Test Hospital","surgeon":"it.surgeon","patientPseudonym":"P-%s",
                 "regulatoryPathway":"CUSTOM_MADE","plannedSurgeryDate":"%s","deviceName":"Chest-wall implant",
                 "deviceModel":"CW-1","prescriptionReference":"RX-%s"}"""
                                .formatted(
                                        caseNumber,
                                        System.nanoTime(),
                                        LocalDate.now().plusDays(30),
                                        System.nanoTime())),
                201);
        expect(
                engineer.upload(
                        "/api/cases/"
                                + caseNumber
                                + "/designs?version=V1&unit=MILLIMETRE&fileName=design.stl",
                        "model/stl",
                        StlWriter.binary("test design", TETRAHEDRON)),
                201);
        String serial = "SN-" + System.nanoTime();
        expect(
                engineer.post(
                        "/api/implants",
                        """
                {"serialNumber":"%s","caseNumber":"%s","designVersion":"V1"}"""
                                .formatted(serial, caseNumber)),
                201);
        return serial;
    }

    /**
     * A closed tetrahedron, 20 mm edges along the axes, faces counter-clockwise seen from outside.
     */
    private static final double[] TETRAHEDRON = {
        0, 0, 0, 0, 20, 0, 20, 0, 0,
        0, 0, 0, 20, 0, 0, 0, 0, 20,
        0, 0, 0, 0, 0, 20, 0, 20, 0,
        20, 0, 0, 0, 20, 0, 0, 0, 20
    };

    /** A QIF 3 Results document: two critical hole characteristics that pass and a fit surface. */
    public static byte[] qif() {
        return QifResultsXml.write(
                new InspectionResults(
                        List.of(
                                new MeasuredCharacteristic(
                                        "H1 diameter",
                                        CharacteristicKind.HOLE_DIAMETER,
                                        3.5,
                                        Optional.of(
                                                new MeasuredCharacteristic.Tolerance(-0.1, 0.1)),
                                        3.52,
                                        CharacteristicStatus.PASS,
                                        true),
                                new MeasuredCharacteristic(
                                        "H1 position",
                                        CharacteristicKind.HOLE_POSITION,
                                        0,
                                        Optional.of(new MeasuredCharacteristic.Tolerance(0, 0.2)),
                                        0.05,
                                        CharacteristicStatus.PASS,
                                        true),
                                new MeasuredCharacteristic(
                                        "Rib 1 fit",
                                        CharacteristicKind.FIT_SURFACE,
                                        0,
                                        Optional.of(new MeasuredCharacteristic.Tolerance(0, 1.0)),
                                        0.4,
                                        CharacteristicStatus.PASS,
                                        false))));
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
