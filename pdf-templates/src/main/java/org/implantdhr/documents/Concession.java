package org.implantdhr.documents;

import java.time.LocalDate;

public record Concession(
        String concessionId,
        String checkId,
        String text,
        String approvedBy,
        LocalDate approvedOn) {}
