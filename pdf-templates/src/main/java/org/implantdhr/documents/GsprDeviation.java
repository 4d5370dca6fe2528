package org.implantdhr.documents;

/** A general safety and performance requirement (MDR Annex I) not fully met, and why. */
public record GsprDeviation(String requirement, String reason) {}
