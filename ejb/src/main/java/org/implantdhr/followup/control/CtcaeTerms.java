package org.implantdhr.followup.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CTCAE term list shipped with the application ({@code ctcae-5.0-terms.csv} beside this
 * component; the file says which terms and where they come from).
 */
public final class CtcaeTerms {

    public static final String VERSION = "5.0";

    private static final Map<String, CtcaeTerm> TERMS = load();

    private CtcaeTerms() {}

    public static List<CtcaeTerm> all() {
        return List.copyOf(TERMS.values());
    }

    public static Optional<CtcaeTerm> byCode(String code) {
        return Optional.ofNullable(code == null ? null : TERMS.get(code.strip()));
    }

    private static Map<String, CtcaeTerm> load() {
        var terms = new LinkedHashMap<String, CtcaeTerm>();
        for (List<String> f : ShippedCsv.rows("/org/implantdhr/followup/ctcae-5.0-terms.csv")) {
            var grades =
                    java.util.Arrays.stream(f.get(3).split("\\|"))
                            .map(Integer::valueOf)
                            .collect(Collectors.toCollection(TreeSet::new));
            terms.put(
                    f.get(0),
                    new CtcaeTerm(
                            f.get(0), f.get(1), f.get(2), grades, Boolean.parseBoolean(f.get(4))));
        }
        return terms;
    }
}
