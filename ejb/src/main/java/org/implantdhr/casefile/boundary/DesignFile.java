package org.implantdhr.casefile.boundary;

/** A design's STL file as it was uploaded, for download. */
public record DesignFile(String fileName, String mediaType, String sha256, byte[] content) {}
