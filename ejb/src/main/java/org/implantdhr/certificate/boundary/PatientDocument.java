package org.implantdhr.certificate.boundary;

/**
 * An implant card or Annex XIII statement as generated: the PDF/A-3b bytes, the layout template
 * they were made with and their SHA-256 (which the audit trail records for every generation).
 */
public record PatientDocument(String fileName, String templateVersion, String sha256, byte[] pdf) {}
