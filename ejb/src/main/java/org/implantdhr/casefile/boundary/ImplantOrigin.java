package org.implantdhr.casefile.boundary;

/** The case and design an implant is made for, by id (how the implant record refers to them). */
public record ImplantOrigin(long caseId, long designId) {}
