package org.implantdhr.finishing.boundary;

import org.implantdhr.finishing.entity.CleaningRun;
import org.implantdhr.finishing.entity.CleanlinessResult;

/**
 * For the release rules (CLN-*): a cleaning run an implant went through, and its result (null until
 * tested).
 */
public record CleaningOfImplant(CleaningRun run, CleanlinessResult result) {}
