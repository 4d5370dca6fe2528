package org.implantdhr.inspection.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.implantdhr.inspection.entity.ResultsFormat;

/**
 * A results file as the inspector uploads it, with what the request says about it.
 *
 * @param inspectedAt when the implant was measured; null means now
 * @param fitSurfaceInTolerancePct % of the fit-surface area within tolerance, if the instrument
 *     reported it
 */
public record InspectionUpload(
        String implantSerial,
        String instrumentCode,
        ResultsFormat format,
        String fileName,
        byte[] content,
        BigDecimal fitSurfaceInTolerancePct,
        Instant inspectedAt) {}
