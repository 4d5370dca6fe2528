package org.implantdhr.documents;

import java.time.LocalDate;

public record SeparationPlateLot(String lotNumber, LocalDate expiry) {}
