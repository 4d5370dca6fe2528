package org.implantdhr.web.inspection;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.inspection.boundary.InspectionRecord;
import org.implantdhr.inspection.boundary.InspectionUpload;
import org.implantdhr.inspection.boundary.Instruments;
import org.implantdhr.inspection.entity.Instrument;
import org.implantdhr.inspection.entity.ResultsFormat;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/**
 * Uploading an instrument's results file (CMM CSV or QIF) for one implant; the inspector is the
 * caller.
 */
@Named
@RequestScoped
public class InspectionForm {

    private static final Map<String, String> FIELDS =
            Map.of(
                    "implant",
                    "inspection:implant",
                    "instrument",
                    "inspection:instrument",
                    "format",
                    "inspection:format",
                    "file",
                    "inspection:file",
                    "fitSurfaceInTolerancePct",
                    "inspection:fitSurface",
                    "inspectedAt",
                    "inspection:inspectedAt");

    @EJB DimensionalInspections inspections;

    @EJB Instruments instruments;

    @Inject Uploads uploads;

    private String implant;
    private String instrument;
    private String format = ResultsFormat.CSV.name();
    private BigDecimal fitSurfacePct;
    private LocalDateTime inspectedAt;
    private Part file;
    private List<String> parserMessages = List.of();
    private List<InspectionRecord> recent;

    public String record() {
        var failures = PageErrors.of(FIELDS);
        if (!failures.fileChosen(file, "file")) {
            return null;
        }
        String outcome =
                failures.attempt(
                        () -> {
                            inspections.record(
                                    new InspectionUpload(
                                            implant,
                                            instrument,
                                            ResultsFormat.valueOf(format),
                                            Uploads.fileNameOf(file),
                                            uploads.bytesOf(file),
                                            fitSurfacePct,
                                            inspectedAt == null
                                                    ? null
                                                    : inspectedAt.atZone(getZone()).toInstant()));
                            return "/work/inspections?faces-redirect=true";
                        },
                        "Inspection of "
                                + implant
                                + " recorded from "
                                + Uploads.fileNameOf(file)
                                + ".");
        parserMessages = failures.parserMessages();
        return outcome;
    }

    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    public List<InspectionRecord> getRecent() {
        if (recent == null) {
            recent = inspections.recent(25);
        }
        return recent;
    }

    /** A record's characteristics outside their tolerance. */
    public long failing(InspectionRecord record) {
        return record.characteristics().stream().filter(c -> "FAIL".equals(c.status())).count();
    }

    public List<Instrument> getInstruments() {
        return instruments.all();
    }

    public ResultsFormat[] getFormats() {
        return ResultsFormat.values();
    }

    public List<String> getParserMessages() {
        return parserMessages;
    }

    public String getImplant() {
        return implant;
    }

    public void setImplant(String implant) {
        this.implant = implant;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public BigDecimal getFitSurfacePct() {
        return fitSurfacePct;
    }

    public void setFitSurfacePct(BigDecimal fitSurfacePct) {
        this.fitSurfacePct = fitSurfacePct;
    }

    public LocalDateTime getInspectedAt() {
        return inspectedAt;
    }

    public void setInspectedAt(LocalDateTime inspectedAt) {
        this.inspectedAt = inspectedAt;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
