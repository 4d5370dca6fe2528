package org.implantdhr.documents;

import java.util.List;

public record Materials(List<PowderLot> powderLots, SeparationPlateLot separationPlate) {
    public Materials {
        powderLots = List.copyOf(powderLots);
    }
}
