package org.implantdhr.documents;

public record PowderLot(String lotNumber, String alloy, PowderChemistry chemistry) {}
