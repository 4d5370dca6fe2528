package org.implantdhr.rules.facts;

import java.time.Instant;

/** An electronic signature on a record. */
public record ESignature(
        String userId,
        String printedName,
        SignerRole role,
        SignatureMeaning meaning,
        Instant signedAt) {}
