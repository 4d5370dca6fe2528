package org.implantdhr.outcome.boundary;

/** The signed outcome report as handed out: PDF/A-3b with a PAdES signature, and its SHA-256. */
public record OutcomeReport(String fileName, String templateVersion, String sha256, byte[] pdf) {}
