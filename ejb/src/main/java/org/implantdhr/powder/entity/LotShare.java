package org.implantdhr.powder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** The share of one powder lot in a batch, as a mass fraction between 0 and 1. */
@Embeddable
public class LotShare {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", nullable = false)
    private PowderLot lot;

    @Column(name = "mass_fraction", nullable = false)
    private BigDecimal massFraction;

    protected LotShare() {}

    public LotShare(PowderLot lot, BigDecimal massFraction) {
        this.lot = lot;
        this.massFraction = massFraction;
    }

    public PowderLot lot() {
        return lot;
    }

    public BigDecimal massFraction() {
        return massFraction;
    }
}
