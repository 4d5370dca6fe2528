package org.implantdhr.web.implant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.RegulatoryPathway;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.web.casefile.CasePage;
import org.implantdhr.web.platform.PageErrors;

/**
 * The implants of the case on the case page, and registering one for a design version of the case —
 * the same two calls as POST /api/implants, so the page refuses what the API refuses.
 */
@Named
@RequestScoped
public class CaseImplants {

    private static final Map<String, String> FIELDS =
            Map.of(
                    "serialNumber",
                    "implant:serialNumber",
                    "designVersion",
                    "implant:designVersion",
                    "udiDi",
                    "implant:udiDi");

    @EJB Implants implants;

    @EJB Designs designs;

    @Inject CasePage casePage;

    @Inject ImplantLines lines;

    private String serialNumber;
    private String designVersion;
    private String udiDi;

    private List<ImplantLine> ofCase;
    private List<Design> designsOfCase;

    public String register() {
        var failures = PageErrors.of(FIELDS);
        // The component answers a used serial number as a conflict (a message at the top); here it
        // belongs to the field.
        if (serialNumber != null && implants.find(serialNumber).isPresent()) {
            failures.onField("serialNumber", "Serial number " + serialNumber + " is already used.");
            return null;
        }
        String caseNumber = casePage.getCaseNumber();
        return failures.attempt(
                () -> {
                    var origin = designs.origin(caseNumber, designVersion, udiDi);
                    implants.register(
                            serialNumber, origin.caseId(), origin.designId(), blankToNull(udiDi));
                    return "/work/case?faces-redirect=true&case="
                            + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
                },
                "Implant " + serialNumber + " registered for case " + caseNumber + ".");
    }

    public List<ImplantLine> getImplants() {
        if (ofCase == null) {
            ofCase =
                    casePage.getImplantCase() == null
                            ? List.of()
                            : lines.ofCase(casePage.getImplantCase().id());
        }
        return ofCase;
    }

    public List<Design> getDesigns() {
        if (designsOfCase == null) {
            designsOfCase = casePage.getDesigns();
        }
        return designsOfCase;
    }

    /** Only a patient-matched case needs a UDI-DI for its implants (ImplantCase.checkUdiDi). */
    public boolean isUdiDiRequired() {
        return casePage.getImplantCase() != null
                && casePage.getImplantCase().pathway() == RegulatoryPathway.PATIENT_MATCHED;
    }

    /** The newest design version is the one an implant is usually made from. */
    public String getDesignVersion() {
        if (designVersion == null && !getDesigns().isEmpty()) {
            designVersion = getDesigns().get(getDesigns().size() - 1).designVersion();
        }
        return designVersion;
    }

    public void setDesignVersion(String designVersion) {
        this.designVersion = designVersion;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getUdiDi() {
        return udiDi;
    }

    public void setUdiDi(String udiDi) {
        this.udiDi = udiDi;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
