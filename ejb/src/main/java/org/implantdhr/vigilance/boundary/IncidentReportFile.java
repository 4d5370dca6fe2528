package org.implantdhr.vigilance.boundary;

/**
 * One generated incident report file: its name, media type, whether it is a draft, and the SHA-256
 * the audit trail recorded for it.
 */
public record IncidentReportFile(
        String fileName, String mediaType, boolean draft, String sha256, byte[] content) {}
