package org.implantdhr.documents;

public record Prescriber(String name, String institution) {}
