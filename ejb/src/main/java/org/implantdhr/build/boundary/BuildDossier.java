package org.implantdhr.build.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.build.control.LayerSeries;
import org.implantdhr.build.entity.CouponPurpose;
import org.implantdhr.build.entity.MachineActivity;

/**
 * Everything the build and coupon release checks read about one build, detached from the
 * persistence context: machine and calibrations, parameter set, people with their qualifications on
 * this machine, the full layer trace as primitive columns, the logged events with dispositions, and
 * the coupons with their results.
 */
public record BuildDossier(
        long buildId,
        String buildNumber,
        MachineFacts machine,
        ParameterSetFacts parameterSet,
        long powderBatchId,
        String powderBatchNumber,
        Person operator,
        Person programmer,
        String buildPlateId,
        String shieldingGas,
        String designSha256,
        Instant startedAt,
        Instant endedAt,
        String logSha256,
        LayerSeries layers,
        List<EventFacts> events,
        List<CouponFacts> coupons) {

    public record MachineFacts(
            String assetId,
            String model,
            String serialNumber,
            LocalDate qualifiedUntil,
            LocalDate o2SensorCalibrationDue,
            LocalDate laserPowerCalibrationDue) {}

    public record ParameterSetFacts(
            String name,
            String version,
            BigDecimal layerThicknessUm,
            BigDecimal laserPowerW,
            BigDecimal scanSpeedMmS,
            BigDecimal hatchDistanceUm,
            boolean released) {}

    /** A person named on the build, with every qualification they hold on the build's machine. */
    public record Person(
            String username, String fullName, List<QualificationFacts> qualifications) {

        /**
         * Whether a qualification for the activity covers the date (BLD-PEOPLE: the build date).
         */
        public boolean qualifiedOn(MachineActivity activity, LocalDate date) {
            return date != null
                    && qualifications.stream()
                            .anyMatch(
                                    q ->
                                            q.activity() == activity
                                                    && !date.isBefore(q.validFrom())
                                                    && !date.isAfter(q.validUntil()));
        }
    }

    public record QualificationFacts(
            MachineActivity activity, LocalDate validFrom, LocalDate validUntil) {}

    public record EventFacts(
            long id,
            int layer,
            Instant occurredAt,
            BuildEventType type,
            String disposition,
            String dispositionedBy,
            Instant dispositionedAt) {}

    public record CouponFacts(
            String couponCode,
            CouponPurpose purpose,
            Long heatTreatmentRunId,
            List<CouponResultFacts> results) {}

    /** Values in MPa, %, wt % and % relative density; null where the laboratory reported none. */
    public record CouponResultFacts(
            long id,
            String testStandard,
            String laboratory,
            LocalDate testedOn,
            String testedBy,
            BigDecimal utsMpa,
            BigDecimal yieldStrengthMpa,
            BigDecimal elongationPct,
            BigDecimal reductionOfAreaPct,
            BigDecimal oxygenWtPct,
            BigDecimal nitrogenWtPct,
            BigDecimal hydrogenWtPct,
            BigDecimal relativeDensityPct,
            String reportSha256) {}
}
