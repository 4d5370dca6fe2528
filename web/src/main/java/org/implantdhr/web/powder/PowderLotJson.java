package org.implantdhr.web.powder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;
import org.implantdhr.powder.boundary.PowderLotData;
import org.implantdhr.powder.entity.Chemistry;
import org.implantdhr.powder.entity.PowderLot;
import org.implantdhr.powder.entity.PowderProperties;

/**
 * A powder lot as the API reads and writes it. Every measured value carries its unit ({"value":
 * 0.11, "unit": "wt%"}); chemistry is keyed by element (Al, V, Fe, O, C, N, H, Y, otherEach,
 * otherTotal).
 */
public record PowderLotJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String lotNumber,
        @NotBlank @Size(max = 200) String supplier,
        @NotBlank @Size(max = 60) String materialSpec,
        @Size(max = 40) String heatNumber,
        @Size(max = 40) String atomization,
        @NotNull LocalDate receivedOn,
        @Size(max = 40) String certificateLotNumber,
        Map<String, Quantity> chemistry,
        ParticleSize particleSize,
        Flow flow,
        Quantity apparentDensity,
        Quantity tapDensity,
        @Size(max = 2000) String reason,
        CertificateFile certificate) {

    /** Particle size distribution from the certificate. */
    public record ParticleSize(Quantity d10, Quantity d50, Quantity d90, Quantity oversize) {}

    /** Flow through a Hall or a Carney funnel, seconds per 50 g. */
    public record Flow(Quantity hall, Quantity carney) {}

    /** The attached certificate document (read only). */
    public record CertificateFile(long fileId, String fileName, String sha256) {}

    PowderLotData toData() {
        var ps = particleSize == null ? new ParticleSize(null, null, null, null) : particleSize;
        var f = flow == null ? new Flow(null, null) : flow;
        var properties =
                new PowderProperties(
                        Units.MICROMETRE.convert(ps.d10(), "particleSize.d10"),
                        Units.MICROMETRE.convert(ps.d50(), "particleSize.d50"),
                        Units.MICROMETRE.convert(ps.d90(), "particleSize.d90"),
                        Units.MASS_FRACTION_PCT.convert(ps.oversize(), "particleSize.oversize"),
                        Units.SECONDS_PER_50G.convert(f.hall(), "flow.hall"),
                        Units.SECONDS_PER_50G.convert(f.carney(), "flow.carney"),
                        Units.GRAMS_PER_CM3.convert(apparentDensity, "apparentDensity"),
                        Units.GRAMS_PER_CM3.convert(tapDensity, "tapDensity"));
        return new PowderLotData(
                lotNumber,
                supplier,
                materialSpec,
                heatNumber,
                atomization,
                receivedOn,
                certificateLotNumber,
                chemistryWtPct(),
                properties);
    }

    private Chemistry chemistryWtPct() {
        var wtPct = new EnumMap<Chemistry.Element, BigDecimal>(Chemistry.Element.class);
        if (chemistry != null) {
            chemistry.forEach(
                    (symbol, quantity) -> {
                        var element = element(symbol);
                        wtPct.put(
                                element,
                                Units.MASS_FRACTION_PCT.convert(quantity, "chemistry." + symbol));
                    });
        }
        return new Chemistry(wtPct);
    }

    private static Chemistry.Element element(String symbol) {
        String key = symbol.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return Chemistry.Element.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "chemistry." + symbol,
                    "'"
                            + symbol
                            + "' is not a reported element; use Al, V, Fe, O, C, N, H, Y, otherEach or otherTotal");
        }
    }

    static PowderLotJson of(PowderLot lot) {
        var chemistry = new LinkedHashMap<String, Quantity>();
        lot.chemistry()
                .wtPct()
                .forEach(
                        (element, value) -> {
                            if (value != null) {
                                chemistry.put(symbol(element), Units.MASS_FRACTION_PCT.of(value));
                            }
                        });
        var p = lot.properties();
        var certificate =
                lot.certificate() == null
                        ? null
                        : new CertificateFile(
                                lot.certificate().id(),
                                lot.certificate().fileName(),
                                lot.certificate().sha256());
        return new PowderLotJson(
                lot.lotNumber(),
                lot.supplier().name(),
                lot.materialSpec(),
                lot.heatNumber(),
                lot.atomization(),
                lot.receivedOn(),
                lot.certificateLotNumber(),
                chemistry,
                new ParticleSize(
                        Units.MICROMETRE.of(p.d10Um()),
                        Units.MICROMETRE.of(p.d50Um()),
                        Units.MICROMETRE.of(p.d90Um()),
                        Units.MASS_FRACTION_PCT.of(p.oversizeWtPct())),
                new Flow(
                        Units.SECONDS_PER_50G.of(p.hallFlowS()),
                        Units.SECONDS_PER_50G.of(p.carneyFlowS())),
                Units.GRAMS_PER_CM3.of(p.apparentDensity()),
                Units.GRAMS_PER_CM3.of(p.tapDensity()),
                null,
                certificate);
    }

    private static String symbol(Chemistry.Element element) {
        return switch (element) {
            case AL -> "Al";
            case FE -> "Fe";
            case OTHER_EACH -> "otherEach";
            case OTHER_TOTAL -> "otherTotal";
            default -> element.name();
        };
    }
}
