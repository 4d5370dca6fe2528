package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The approved design. {@code stlVolumeCm3} is computed from the STL itself ({@link
 * org.implantdhr.rules.design.StlVolume}), never typed in. {@code meshDefect} is null when the STL
 * is a closed, consistently oriented mesh, else a text naming its open or inconsistently oriented
 * edges (specification 1.1: its volume, and so the expected mass, is then undefined).
 */
public record Design(
        String designId,
        String approvedStlSha256,
        String buildFileDesignSha256,
        BigDecimal stlVolumeCm3,
        BigDecimal minWallMm,
        BigDecimal maxOuterDimensionMm,
        List<ESignature> signatures,
        String meshDefect) {
    public Design {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
