package it.org.implantdhr.component;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import java.time.LocalDate;

/** Separation-plate lots received through the API, with unique lot numbers. */
public final class ComponentFixtures {

    public static final String SUPPLIER = "Plate Supplier GmbH";
    public static final String CATALOGUE = "PTFE-120x80";

    /** The certificate of conformance every new lot gets. */
    public static final byte[] CERTIFICATE = Plant.onePagePdf("Certificate of conformance");

    /** The key of a recorded lot. */
    public record LotKey(String supplier, String catalogueNumber, String lotNumber) {
        public String path() {
            return "/api/component-lots/"
                    + it.org.implantdhr.platform.Api.q(supplier).replace("+", "%20")
                    + "/"
                    + catalogueNumber
                    + "/"
                    + lotNumber;
        }

        public String json() {
            return """
                    {"supplier":"%s","catalogueNumber":"%s","lotNumber":"%s"}"""
                    .formatted(supplier, catalogueNumber, lotNumber);
        }
    }

    private ComponentFixtures() {}

    public static String lotJson(String lotNumber, LocalDate expiry) {
        return """
                {"supplier":"%s","catalogueNumber":"%s","lotNumber":"%s","material":"PTFE","expiryDate":"%s",
                 "sterile":true,"sterilisationMethod":"EO"}"""
                .formatted(SUPPLIER, CATALOGUE, lotNumber, expiry);
    }

    /**
     * A sterile PTFE plate lot expiring in two years, with a certificate of conformance attached.
     */
    public static LotKey newLot() {
        String lotNumber = "L" + System.nanoTime();
        var operator = People.as("OPERATOR");
        expect(
                operator.post(
                        "/api/component-lots", lotJson(lotNumber, LocalDate.now().plusYears(2))),
                201);
        var key = new LotKey(SUPPLIER, CATALOGUE, lotNumber);
        expect(
                operator.upload(
                        key.path() + "/certificate?fileName=coc.pdf",
                        "application/pdf",
                        CERTIFICATE),
                200);
        return key;
    }
}
