package org.implantdhr.nonconformance.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.platform.control.CanonicalJson;

/**
 * What a QA manager signs when accepting a nonconforming implant as it is: the NCR's content as
 * canonical JSON. Its SHA-256 is the signed hash, so anyone can recompute it from the record.
 */
public record ConcessionContent(
        String number,
        String implant,
        String check,
        String description,
        String disposition,
        String justification) {

    public String canonicalJson() {
        var content = new LinkedHashMap<String, Object>();
        content.put("number", number);
        content.put("implant", implant);
        content.put("check", check);
        content.put("description", description);
        content.put("disposition", disposition);
        content.put("justification", justification);
        return CanonicalJson.of(content);
    }

    public String sha256() {
        return Sha256.hex(canonicalJson().getBytes(StandardCharsets.UTF_8));
    }
}
