package org.implantdhr.documents;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as a library, PDF/A-3b profile. */
final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {}

    /** Empty when compliant, otherwise one line per failed rule. */
    static String failures(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return "";
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(
                            a ->
                                    a.getRuleId().getClause()
                                            + "-"
                                            + a.getRuleId().getTestNumber()
                                            + " "
                                            + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
        }
    }
}
