package org.implantdhr.documents;

public record CheckOutcome(String checkId, String description, CheckResult result) {}
