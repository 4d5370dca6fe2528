package it.org.implantdhr.build;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CouponsIT {

    private static final String TENSILE =
            """
            {"testStandard":"ASTM E8/E8M","laboratory":"Acme Materials Lab","testedOn":"2026-03-20",
             "testedBy":"R. Tester","uts":{"value":%s,"unit":"%s"},"yieldStrength":{"value":880,"unit":"MPa"},
             "elongation":{"value":14.5,"unit":"%%"},"reductionOfArea":{"value":38,"unit":"%%"}}""";

    private static final String CHEMISTRY =
            """
            {"testStandard":"ASTM E1409","laboratory":"Acme Materials Lab","testedOn":"2026-03-21",
             "testedBy":"C. Chemist","oxygen":{"value":1100,"unit":"ppm"},"nitrogen":{"value":0.012,"unit":"wt%%"},
             "hydrogen":{"value":%s,"unit":"ppm"},"relativeDensity":{"value":99.81,"unit":"%%"}}""";

    @Test
    void aLaboratoryResultIsRecordedWithUnitsConvertedAndItsReport() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        var tensile =
                People.as("QA")
                        .post(
                                "/api/coupons/" + build + "-T1/results",
                                TENSILE.formatted("950", "MPa"));
        assertThat(tensile.status()).as(tensile.toString()).isEqualTo(201);
        var chemistry =
                People.as("OPERATOR")
                        .post("/api/coupons/" + build + "-C1/results", CHEMISTRY.formatted("45"));
        assertThat(chemistry.status()).as(chemistry.toString()).isEqualTo(201);
        assertThat(
                        chemistry
                                .json()
                                .getJsonObject("oxygen")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("0.11");
        assertThat(chemistry.json().getJsonObject("oxygen").getString("unit")).isEqualTo("wt%");
        assertThat(
                        chemistry
                                .json()
                                .getJsonObject("hydrogen")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("0.0045");

        long resultId = tensile.json().getJsonNumber("id").longValue();
        byte[] report = Plant.onePagePdf("lab report");
        var attached =
                People.as("QA")
                        .upload(
                                "/api/coupons/"
                                        + build
                                        + "-T1/results/"
                                        + resultId
                                        + "/report?fileName=E8-report.pdf",
                                "application/pdf",
                                report);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(attached.json().getJsonObject("report").getString("fileName"))
                .isEqualTo("E8-report.pdf");
        assertThat(
                        People.as("QA")
                                .upload(
                                        "/api/coupons/"
                                                + build
                                                + "-T1/results/"
                                                + resultId
                                                + "/report?fileName=again.pdf",
                                        "application/pdf",
                                        report)
                                .status())
                .isEqualTo(422);

        var coupon = People.as("REGULATOR").get("/api/coupons/" + build + "-T1").json();
        assertThat(coupon.getString("build")).isEqualTo(build);
        assertThat(coupon.getString("purpose")).isEqualTo("TENSILE");
        assertThat(coupon.getJsonArray("results")).hasSize(1);
        assertThat(
                        coupon.getJsonArray("results")
                                .getJsonObject(0)
                                .getJsonObject("uts")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("950");
    }

    @Test
    void aResultWithAWrongUnitOrTooManyDecimalsIsRefusedNamingTheField() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        String path = "/api/coupons/" + build + "-T2/results";
        var ksi = People.as("QA").post(path, TENSILE.formatted("138", "ksi"));
        assertThat(ksi.status()).isEqualTo(422);
        assertThat(ksi.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("uts");
        var tooFine =
                People.as("QA")
                        .post(
                                "/api/coupons/" + build + "-C1/results",
                                CHEMISTRY.formatted("45.123"));
        assertThat(tooFine.status()).isEqualTo(422);
        assertThat(tooFine.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("hydrogen");
        var negative = People.as("QA").post(path, TENSILE.formatted("-1", "MPa"));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(
                        People.as("QA")
                                .post(
                                        path,
                                        TENSILE.formatted("950", "MPa")
                                                .replace("\"testedOn\":\"2026-03-20\",", ""))
                                .status())
                .isEqualTo(400);
        assertThat(People.as("QA").post(path, "{\"testStandard\":").status()).isEqualTo(400);
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/coupons/NO-SUCH-COUPON/results",
                                        TENSILE.formatted("950", "MPa"))
                                .status())
                .isEqualTo(404);
        assertThat(
                        People.as("QA")
                                .get("/api/coupons/" + build + "-T2")
                                .json()
                                .getJsonArray("results"))
                .isEmpty();
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyTheLaboratoryRolesEnterResults() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        String path = "/api/coupons/" + build + "-T3/results";
        for (String role : new String[] {"ENGINEER", "REGULATOR", "SURGEON", "ADMIN"}) {
            assertThat(People.as(role).post(path, TENSILE.formatted("950", "MPa")).status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(People.as("QA_MANAGER").post(path, TENSILE.formatted("950", "MPa")).status())
                .isEqualTo(201);
        assertThat(People.as("ENGINEER").get("/api/coupons/" + build + "-T3").status())
                .isEqualTo(200);
        assertThat(People.as("SURGEON").get("/api/coupons/" + build + "-T3").status())
                .isEqualTo(403);
    }
}
