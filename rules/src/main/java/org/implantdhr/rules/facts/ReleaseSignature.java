package org.implantdhr.rules.facts;

import java.time.Instant;

/** The release e-signature being applied; the evaluation runs as part of signing. */
public record ReleaseSignature(
        String userId,
        String printedName,
        Instant signedAt,
        String zoneId,
        SignatureMeaning meaning,
        boolean passwordReentered) {}
