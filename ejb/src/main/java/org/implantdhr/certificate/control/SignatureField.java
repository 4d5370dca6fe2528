package org.implantdhr.certificate.control;

import java.time.Instant;
import java.util.Optional;

/** What the inspector reads from a signature field's dictionary before closing the document. */
record SignatureField(String name, int[] byteRange, Optional<Instant> claimedSigningTime) {}
