package org.implantdhr.certificate.control;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as a library against the PDF/A-3b profile, which includes the rules for signatures. */
final class PdfAConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAConformance() {}

    /** Empty when compliant, otherwise one line per failed rule. */
    static String failuresOf(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(
                            assertion ->
                                    assertion.getRuleId().getClause()
                                            + "-"
                                            + assertion.getRuleId().getTestNumber()
                                            + " "
                                            + assertion.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
        }
    }
}
