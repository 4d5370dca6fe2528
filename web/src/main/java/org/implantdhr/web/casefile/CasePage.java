package org.implantdhr.web.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.casefile.boundary.Cases;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.casefile.boundary.ImagingData;
import org.implantdhr.casefile.boundary.ImagingStudies;
import org.implantdhr.casefile.control.DesignUnit;
import org.implantdhr.casefile.entity.Design;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/**
 * One case as the plant works on it: its CT studies and design versions, and the forms that add
 * them.
 */
@Named
@RequestScoped
public class CasePage {

    private static final Map<String, String> IMAGING_FIELDS =
            Map.of(
                    "studyUid",
                    "imaging:studyUid",
                    "modality",
                    "imaging:modality",
                    "scanDate",
                    "imaging:scanDate",
                    "sliceThickness",
                    "imaging:sliceThickness",
                    "sliceIncrement",
                    "imaging:sliceIncrement",
                    "scannerModel",
                    "imaging:scannerModel");
    private static final Map<String, String> DESIGN_FIELDS =
            Map.of(
                    "version",
                    "design:version",
                    "unit",
                    "design:unit",
                    "minWall",
                    "design:minWall",
                    "file",
                    "design:file",
                    "stl",
                    "design:file");

    @EJB Cases cases;

    @EJB ImagingStudies imaging;

    @EJB Designs designs;

    @Inject Uploads uploads;

    @Inject FacesContext faces;

    private String caseNumber;
    private Optional<ImplantCase> implantCase;

    private String studyUid;
    private String modality = "CT";
    private LocalDate scanDate;
    private BigDecimal sliceThicknessMm;
    private BigDecimal sliceIncrementMm;
    private String scannerModel;

    private String designVersion;
    private String unit = DesignUnit.MILLIMETRE.name();
    private BigDecimal minWallMm;
    private Part file;
    private List<String> parserMessages = List.of();

    /**
     * The case comes with the address (?case=) and, on a post, with the form's hidden field of the
     * same name.
     */
    @jakarta.annotation.PostConstruct
    void caseFromRequest() {
        caseNumber = faces.getExternalContext().getRequestParameterMap().get("case");
    }

    public String recordImaging() {
        var data =
                new ImagingData(
                        studyUid,
                        modality,
                        scanDate,
                        sliceThicknessMm,
                        sliceIncrementMm,
                        scannerModel);
        return PageErrors.of(IMAGING_FIELDS)
                .attempt(
                        () -> {
                            imaging.record(caseNumber, data);
                            return self();
                        },
                        "CT study " + studyUid + " recorded for case " + caseNumber + ".");
    }

    public String uploadDesign() {
        var failures = PageErrors.of(DESIGN_FIELDS);
        if (!failures.fileChosen(file, "file")) {
            return null;
        }
        String outcome =
                failures.attempt(
                        () -> {
                            designs.upload(
                                    caseNumber,
                                    designVersion,
                                    DesignUnit.valueOf(unit),
                                    Uploads.fileNameOf(file),
                                    uploads.bytesOf(file),
                                    minWallMm);
                            return self();
                        },
                        "Design " + designVersion + " of case " + caseNumber + " uploaded.");
        parserMessages = failures.parserMessages();
        return outcome;
    }

    private String self() {
        return "/work/case?faces-redirect=true&case="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }

    public ImplantCase getImplantCase() {
        if (implantCase == null) {
            implantCase =
                    caseNumber == null || caseNumber.isBlank()
                            ? Optional.empty()
                            : cases.find(caseNumber);
        }
        return implantCase.orElse(null);
    }

    public String getSurgeon() {
        return getImplantCase() == null ? null : cases.surgeonUsername(getImplantCase());
    }

    public List<ImagingStudy> getStudies() {
        return getImplantCase() == null ? List.of() : imaging.ofCase(caseNumber);
    }

    public List<Design> getDesigns() {
        return getImplantCase() == null ? List.of() : designs.ofCase(caseNumber);
    }

    public DesignUnit[] getUnits() {
        return DesignUnit.values();
    }

    public List<String> getParserMessages() {
        return parserMessages;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getStudyUid() {
        return studyUid;
    }

    public void setStudyUid(String studyUid) {
        this.studyUid = studyUid;
    }

    public String getModality() {
        return modality;
    }

    public void setModality(String modality) {
        this.modality = modality;
    }

    public LocalDate getScanDate() {
        return scanDate;
    }

    public void setScanDate(LocalDate scanDate) {
        this.scanDate = scanDate;
    }

    public BigDecimal getSliceThicknessMm() {
        return sliceThicknessMm;
    }

    public void setSliceThicknessMm(BigDecimal sliceThicknessMm) {
        this.sliceThicknessMm = sliceThicknessMm;
    }

    public BigDecimal getSliceIncrementMm() {
        return sliceIncrementMm;
    }

    public void setSliceIncrementMm(BigDecimal sliceIncrementMm) {
        this.sliceIncrementMm = sliceIncrementMm;
    }

    public String getScannerModel() {
        return scannerModel;
    }

    public void setScannerModel(String scannerModel) {
        this.scannerModel = scannerModel;
    }

    public String getDesignVersion() {
        return designVersion;
    }

    public void setDesignVersion(String designVersion) {
        this.designVersion = designVersion;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getMinWallMm() {
        return minWallMm;
    }

    public void setMinWallMm(BigDecimal minWallMm) {
        this.minWallMm = minWallMm;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
