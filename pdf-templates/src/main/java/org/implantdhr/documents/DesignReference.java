package org.implantdhr.documents;

public record DesignReference(String version, String sha256) {}
