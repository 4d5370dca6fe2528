package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The approved design. {@code stlVolumeCm3} is computed from the STL itself
 * ({@link org.implantdhr.rules.design.StlVolume}), never typed in.
 */
public record Design(String designId, String approvedStlSha256, String buildFileDesignSha256,
                     BigDecimal stlVolumeCm3, BigDecimal minWallMm, BigDecimal maxOuterDimensionMm,
                     List<ESignature> signatures) {
    public Design {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
