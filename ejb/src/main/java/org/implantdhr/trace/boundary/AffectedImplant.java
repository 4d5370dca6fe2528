package org.implantdhr.trace.boundary;

/**
 * An implant reached by a forward trace, with the case it was made for and the path that reached
 * it.
 */
public record AffectedImplant(
        String serialNumber,
        String status,
        String caseNumber,
        String hospital,
        String surgeon,
        String via) {}
