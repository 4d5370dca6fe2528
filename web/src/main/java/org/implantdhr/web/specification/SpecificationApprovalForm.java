package org.implantdhr.web.specification;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.web.identity.SignatureInput;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * The approval of the draft being edited ({@link SpecificationDraftForm}) with the QA manager's
 * e-signature, meaning APPROVAL; afterwards the new version is shown beside the version it was
 * copied from.
 */
@Named
@ViewScoped
public class SpecificationApprovalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB Specifications specifications;

    /**
     * The draft the page shows (its code and version); the component approves it as it is stored.
     */
    @Inject SpecificationDraftForm draftForm;

    @Inject SignatureInput signature;

    public String approve() {
        SpecificationRecord draft = draftForm.getEdited();
        char[] secret = signature.takePassword();
        try {
            var approved =
                    specifications.approve(
                            draft.code(), draft.version(), secret, signature.getZone());
            KeptMessages.keep(
                    approved.code()
                            + " "
                            + approved.version()
                            + " approved, in force from "
                            + approved.effectiveFrom()
                            + ". Signed: "
                            + approved.approval().manifestation());
            String base = baseVersionOf(approved);
            return SpecificationsAddress.of(
                    approved.code(),
                    base,
                    base == null ? null : approved.version(),
                    false,
                    null,
                    null);
        } catch (RuntimeException e) {
            PageErrors.of(
                            Map.of(
                                    "password",
                                    "approve:password",
                                    "zone",
                                    "approve:zone",
                                    "effectiveFrom",
                                    "edit:effective"))
                    .show(e);
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The version of the same code a draft was copied from, if it was. */
    private static String baseVersionOf(SpecificationRecord version) {
        String prefix = version.code() + " ";
        return version.basedOn() != null && version.basedOn().startsWith(prefix)
                ? version.basedOn().substring(prefix.length())
                : null;
    }

    /** The password and time zone of the approval signature. */
    public SignatureInput getSignature() {
        return signature;
    }
}
