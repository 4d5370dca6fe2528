package org.implantdhr.trace.boundary;

import java.util.Map;

/**
 * One record an implant was made from or with: what it is (kind), its business key, and the facts
 * that identify it for a regulator (dates, people, hashes).
 */
public record TraceLink(String kind, String key, Map<String, Object> details) {}
