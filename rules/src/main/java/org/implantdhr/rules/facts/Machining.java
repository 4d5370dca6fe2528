package org.implantdhr.rules.facts;

import java.time.Instant;

/** Separation from the build plate and machining. */
public record Machining(
        String programId,
        String programVersion,
        String machineId,
        String operatorId,
        Instant separatedAt) {}
