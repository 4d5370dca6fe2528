package org.implantdhr.vigilance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ImdrfTermsTest {

    @Test
    void theShippedFileHoldsEveryTermOfTheFourAnnexes() {
        // the distinct codes of IMDRF's annex files (Annex E's 884 rows list 184 codes under a
        // second category)
        assertThat(ImdrfTerms.all()).hasSize(478 + 700 + 66 + 296);
        assertThat(ImdrfTerms.all().stream().filter(t -> t.annex() == ImdrfAnnex.A)).hasSize(478);
        assertThat(ImdrfTerms.all().stream().filter(t -> t.annex() == ImdrfAnnex.E)).hasSize(700);
        assertThat(ImdrfTerms.all().stream().filter(t -> t.annex() == ImdrfAnnex.F)).hasSize(66);
        assertThat(ImdrfTerms.all().stream().filter(t -> t.annex() == ImdrfAnnex.G)).hasSize(296);
        assertThat(ImdrfTerms.all())
                .allSatisfy(
                        t -> {
                            assertThat(t.code()).startsWith(t.annex().name());
                            assertThat(t.term()).isNotBlank();
                            assertThat(t.hierarchy()).endsWith(t.code());
                        });
    }

    @Test
    void aTermKeepsItsTermDefinitionAndHierarchy() {
        ImdrfTerm fracture = ImdrfTerms.byCode("a040101").orElseThrow();
        assertThat(fracture.term()).isEqualTo("Fracture");
        assertThat(fracture.definition())
                .isEqualTo(
                        "Problem associated with a partial or full-thickness crack in the device"
                                + " materials.");
        assertThat(fracture.hierarchy()).isEqualTo("A04|A0401|A040101");
        assertThat(fracture.level()).isEqualTo(3);
        assertThat(fracture.selectable()).isTrue();
        assertThat(ImdrfTerms.byCode("E1603").orElseThrow().term()).isEqualTo("Bone Fracture(s)");
        assertThat(ImdrfTerms.byCode("F02").orElseThrow().term()).isEqualTo("Death");
    }

    @Test
    void searchFindsEveryWordInOneAnnexOnly() {
        List<ImdrfTerm> found = ImdrfTerms.search(ImdrfAnnex.A, "fracture", 50);
        assertThat(found).extracting(ImdrfTerm::code).contains("A040101");
        assertThat(found).allSatisfy(t -> assertThat(t.annex()).isEqualTo(ImdrfAnnex.A));
        assertThat(ImdrfTerms.search(ImdrfAnnex.E, "bone fracture", 50))
                .extracting(ImdrfTerm::code)
                .contains("E1603")
                .doesNotContain("A040101");
        assertThat(ImdrfTerms.search(ImdrfAnnex.A, "fracture", 1)).hasSize(1);
    }

    @Test
    void headingsAndRetiredTermsAreNotOffered() {
        assertThat(ImdrfTerms.search(ImdrfAnnex.E, "", 10_000)).allMatch(ImdrfTerm::selectable);
        assertThat(ImdrfTerms.all().stream().filter(t -> !t.selectable()))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).containsAnyOf("Not selectable", "Retired"));
    }

    @Test
    void aChoiceKeepsTheOrderGivenAndDropsRepeats() {
        assertThat(ImdrfTerms.chosen(ImdrfAnnex.A, List.of(" a040101", "A0401", "A040101")))
                .extracting(ImdrfTerm::code)
                .containsExactly("A040101", "A0401");
        assertThat(ImdrfTerms.chosen(ImdrfAnnex.G, List.of())).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ImdrfTerms.chosen(ImdrfAnnex.A, List.of("A999999")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'A999999' is not an IMDRF code")
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("deviceProblems");
    }

    @Test
    void aCodeOfAnotherAnnexIsRefused() {
        assertThatThrownBy(() -> ImdrfTerms.chosen(ImdrfAnnex.A, List.of("E1603")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("E1603 (Bone Fracture(s)) is an Annex E code")
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("deviceProblems");
    }

    @Test
    void aHeadingIsRefused() {
        ImdrfTerm heading =
                ImdrfTerms.all().stream()
                        .filter(t -> t.annex() == ImdrfAnnex.E && !t.selectable())
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(() -> ImdrfTerms.chosen(ImdrfAnnex.E, List.of(heading.code())))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Not selectable");
    }
}
