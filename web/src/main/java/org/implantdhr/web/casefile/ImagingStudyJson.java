package org.implantdhr.web.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.implantdhr.casefile.boundary.ImagingData;
import org.implantdhr.casefile.entity.ImagingStudy;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/**
 * A CT study; slice thickness and increment as {"value": 0.625, "unit": "mm"} (µm is converted).
 */
public record ImagingStudyJson(
        @NotBlank @Size(max = 64) String studyUid,
        @NotBlank @Size(max = 8) String modality,
        @NotNull LocalDate scanDate,
        @NotNull Quantity sliceThickness,
        @NotNull Quantity sliceIncrement,
        @Size(max = 100) String scannerModel) {

    ImagingData toData() {
        return new ImagingData(
                studyUid,
                modality,
                scanDate,
                Units.MILLIMETRE.convert(sliceThickness, "sliceThickness"),
                Units.MILLIMETRE.convert(sliceIncrement, "sliceIncrement"),
                scannerModel);
    }

    static ImagingStudyJson of(ImagingStudy s) {
        return new ImagingStudyJson(
                s.studyUid(),
                s.modality(),
                s.scanDate(),
                Units.MILLIMETRE.of(s.sliceThicknessMm()),
                Units.MILLIMETRE.of(s.sliceIncrementMm()),
                s.scannerModel());
    }
}
