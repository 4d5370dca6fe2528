package org.implantdhr.web.specification;

import org.implantdhr.rules.specification.Limit;

/**
 * One limit as the API shows it. Bounds are strings holding the decimal as written ("0.13",
 * "0.130"): their decimal places decide how a ROUNDED comparison rounds, which a JSON number would
 * not keep for every client. {@code text} is the limit as a person reads it, e.g. "≤ 0.13 wt%".
 */
public record LimitJson(
        String checkId,
        String parameter,
        String lower,
        boolean lowerStrict,
        String upper,
        boolean upperStrict,
        String comparison,
        String unit,
        String textValue,
        String description,
        String text) {

    static LimitJson of(Limit l) {
        if (l == null) {
            return null;
        }
        return new LimitJson(
                l.checkId(),
                l.parameter(),
                l.lower() == null ? null : l.lower().toPlainString(),
                l.lowerStrict(),
                l.upper() == null ? null : l.upper().toPlainString(),
                l.upperStrict(),
                l.comparison().name(),
                l.unit(),
                l.textValue(),
                l.description(),
                l.text());
    }
}
