package org.implantdhr.rules;

/** Whether the implant may be released: true only when no finding is FAIL or MISSING. */
public record Verdict(boolean releasable) {}
