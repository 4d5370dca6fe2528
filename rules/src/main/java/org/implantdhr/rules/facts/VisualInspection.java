package org.implantdhr.rules.facts;

import java.time.Instant;

/** Visual inspection after finishing: no remaining supports, cracks or broken struts. */
public record VisualInspection(InspectionResult result, String inspectorId, Instant inspectedAt) {}
