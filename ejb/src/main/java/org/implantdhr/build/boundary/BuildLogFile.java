package org.implantdhr.build.boundary;

/** A build's log file as the machine wrote it, for download. */
public record BuildLogFile(String fileName, String mediaType, String sha256, byte[] content) {}
