package org.implantdhr.outcome.boundary;

import java.time.Instant;
import java.util.List;
import org.implantdhr.outcome.control.Grouping;

/**
 * The study's endpoints broken down one way, as read at one moment.
 *
 * @param scope whose patients ("All patients", or one surgeon's)
 */
public record OutcomeSummary(
        Grouping grouping, String scope, Instant asOf, List<GroupOutcome> groups) {}
