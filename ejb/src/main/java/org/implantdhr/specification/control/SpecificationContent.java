package org.implantdhr.specification.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;

/**
 * What approving a specification version binds: its code, version, effective date and every limit,
 * as canonical JSON ({@code
 * {"code":..,"effectiveFrom":"2027-01-01","limits":[{"checkId":..,"comparison":..,"description":..,
 * "lower":0.13,"lowerStrict":false,"parameter":..,"textValue":..,"unit":..,"upper":..,"upperStrict":..},..],
 * "version":..}}, limits in their order, bounds with their decimal places). Its SHA-256 is the
 * signed hash, so anyone can recompute it from the record.
 */
public record SpecificationContent(Specification specification, LocalDate effectiveFrom) {

    public String canonicalJson() {
        var content = new LinkedHashMap<String, Object>();
        content.put("code", specification.code());
        content.put("version", specification.version());
        content.put("effectiveFrom", effectiveFrom);
        content.put(
                "limits",
                specification.limits().stream().map(SpecificationContent::limit).toList());
        return CanonicalJson.of(content);
    }

    public String sha256() {
        return Sha256.hex(canonicalJson().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> limit(Limit l) {
        var limit = new LinkedHashMap<String, Object>();
        limit.put("checkId", l.checkId());
        limit.put("parameter", l.parameter());
        limit.put("lower", l.lower());
        limit.put("lowerStrict", l.lowerStrict());
        limit.put("upper", l.upper());
        limit.put("upperStrict", l.upperStrict());
        limit.put("comparison", l.comparison());
        limit.put("unit", l.unit());
        limit.put("textValue", l.textValue());
        limit.put("description", l.description());
        return limit;
    }
}
