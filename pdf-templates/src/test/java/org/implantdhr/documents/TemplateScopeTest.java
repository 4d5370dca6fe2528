package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateScopeTest {

    private final TemplateScope scope =
            TemplateScope.root(
                    CertificateModelBuilder.certificate().customMade().build(),
                    Map.of("templateVersion", "certificate-v1"));

    @Test
    void printsNestedRecordValuesMethodsAndVariables() {
        assertThat(
                        scope.interpolate(
                                "{{device.serialNumber}} {{device.customMade}} {{templateVersion}}"))
                .isEqualTo(CertificateModelBuilder.SERIAL + " yes certificate-v1");
    }

    @Test
    void itemsSeeTheirOwnFieldsAndTheEnclosingModel() {
        TemplateScope lot = scope.child(CertificateModelBuilder.materials().powderLots().get(0));

        assertThat(
                        lot.interpolate(
                                "{{lotNumber}} O {{chemistry.oxygen}} for {{device.serialNumber}}"))
                .isEqualTo("PL-24-0192 O 0.135 for " + CertificateModelBuilder.SERIAL);
    }

    @Test
    void nullPrintsBlankAndCountsAsFalse() {
        assertThat(scope.interpolate("[{{device.udi}}]")).isEqualTo("[]");
        assertThat(scope.isTrue("device.udi")).isFalse();
    }

    @Test
    void aMisspelledNameFailsTheRender() {
        assertThatThrownBy(() -> scope.interpolate("{{device.serial}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("serial");
    }
}
