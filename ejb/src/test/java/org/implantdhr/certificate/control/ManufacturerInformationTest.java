package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.implantdhr.documents.Manufacturer;
import org.junit.jupiter.api.Test;

class ManufacturerInformationTest {

    private static ManufacturerInformation configured(boolean demo, String name, String address) {
        var information = new ManufacturerInformation();
        information.demo = demo;
        information.name = Optional.ofNullable(name);
        information.address = Optional.ofNullable(address);
        information.website = Optional.empty();
        information.srn = Optional.empty();
        information.sites = Optional.empty();
        information.expectedLifetime = Optional.empty();
        information.warnings = Optional.empty();
        return information;
    }

    @Test
    void theConfiguredManufacturerIsPrintedAsConfigured() {
        var information =
                configured(false, " Nordlicht Medical Implants GmbH ", "Werkstraße 12, 24103 Kiel");
        information.website = Optional.of("https://www.nordlicht-implants.example");
        information.srn = Optional.of("DE-MF-000012345");

        assertThat(information.manufacturer())
                .isEqualTo(
                        new Manufacturer(
                                "Nordlicht Medical Implants GmbH",
                                "Werkstraße 12, 24103 Kiel",
                                "https://www.nordlicht-implants.example",
                                "DE-MF-000012345"));
    }

    @Test
    void outsideDemoModeAMissingNameOrAddressIsANamedError() {
        assertThatThrownBy(() -> configured(false, null, "Kiel").manufacturer())
                .isInstanceOf(ManufacturerNotConfiguredException.class)
                .hasMessageContaining("implantdhr.manufacturer.name")
                .hasMessageContaining("IMPLANTDHR_MANUFACTURER_NAME");
        assertThatThrownBy(() -> configured(false, "Nordlicht", " ").manufacturer())
                .isInstanceOf(ManufacturerNotConfiguredException.class)
                .hasMessageContaining("implantdhr.manufacturer.address");
    }

    @Test
    void aDemoServerFallsBackToTheFictitiousDemoManufacturerAndItsCardTexts() {
        var information = configured(true, null, null);

        assertThat(information.manufacturer()).isEqualTo(ManufacturerInformation.DEMO);
        assertThat(information.manufacturer().name()).contains("fictitious");
        assertThat(information.warnings()).isEqualTo(ManufacturerInformation.DEMO_WARNINGS);
        assertThat(information.expectedLifetime()).isEqualTo(ManufacturerInformation.DEMO_LIFETIME);
        assertThat(information.manufacturingSites())
                .containsExactly(
                        ManufacturerInformation.DEMO.name()
                                + ", "
                                + ManufacturerInformation.DEMO.address());
    }

    @Test
    void aRealManufacturerOnADemoServerNeverGetsTheDemoTexts() {
        var information = configured(true, "Nordlicht Medical Implants GmbH", "Kiel");

        assertThat(information.manufacturer().name()).isEqualTo("Nordlicht Medical Implants GmbH");
        assertThat(information.warnings()).isEmpty();
        assertThat(information.expectedLifetime()).isNull();
    }

    @Test
    void configuredSitesAndWarningsAreTakenWithoutBlankEntries() {
        var information = configured(false, "Nordlicht", "Werkstraße 12, Kiel");
        information.sites =
                Optional.of(
                        List.of(
                                "Kiel plant, Werkstraße 12",
                                " ",
                                "Lübeck finishing, Hafenstraße 3 "));
        information.warnings = Optional.of(List.of("MR Conditional", ""));
        information.expectedLifetime = Optional.of("15 years");

        assertThat(information.manufacturingSites())
                .containsExactly("Kiel plant, Werkstraße 12", "Lübeck finishing, Hafenstraße 3");
        assertThat(information.warnings()).containsExactly("MR Conditional");
        assertThat(information.expectedLifetime()).isEqualTo("15 years");
    }

    @Test
    void aSingleSiteManufacturerMakesAtItsOwnAddress() {
        assertThat(configured(false, "Nordlicht", "Werkstraße 12, Kiel").manufacturingSites())
                .containsExactly("Nordlicht, Werkstraße 12, Kiel");
    }
}
