package org.implantdhr.trace.boundary;

/**
 * An implant reached by a forward trace, with the case it was made for and the path that reached
 * it.
 *
 * @param platePosition where it stood on its build's plate ("x 45.0 mm, y 82.5 mm (P3)", "not
 *     recorded" for builds before positions were kept); null when it is in no build
 */
public record AffectedImplant(
        String serialNumber,
        String status,
        String caseNumber,
        String hospital,
        String surgeon,
        String via,
        String platePosition) {}
