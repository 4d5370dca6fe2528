package org.implantdhr.vigilance.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.implantdhr.followup.control.ShippedCsv;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The IMDRF adverse event terms shipped with the application ({@code imdrf-aet-terms.csv} beside
 * this component; the file says which release and where it comes from), and the one check of a
 * choice of codes against them. The file keeps IMDRF's rows as published, so a code listed under
 * several parents appears once per parent; here each code is one term.
 */
public final class ImdrfTerms {

    /** The release the shipped file carries, as the report names it. */
    public static final String RELEASE =
            "IMDRF AE WG N43 terminology, annexes A, E, F, G as published in March 2023";

    private static final Map<String, ImdrfTerm> TERMS = load();

    private ImdrfTerms() {}

    public static List<ImdrfTerm> all() {
        return List.copyOf(TERMS.values());
    }

    public static Optional<ImdrfTerm> byCode(String code) {
        return Optional.ofNullable(
                code == null ? null : TERMS.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The selectable terms of one annex whose code, term or definition contains every word of the
     * query (case-insensitive), in the order IMDRF lists them; at most {@code limit}.
     */
    public static List<ImdrfTerm> search(ImdrfAnnex annex, String query, int limit) {
        String[] words =
                query == null || query.isBlank()
                        ? new String[0]
                        : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<ImdrfTerm> found = new ArrayList<>();
        for (ImdrfTerm t : TERMS.values()) {
            if (t.annex() != annex || !t.selectable()) {
                continue;
            }
            String text =
                    (t.code() + " " + t.term() + " " + t.definition()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= text.contains(w);
            }
            if (all) {
                found.add(t);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The terms a choice of codes for one annex names, in the order given, duplicates dropped.
     *
     * @throws InvalidRequestException naming the annex's field for an unknown code, a code of
     *     another annex, or a heading or retired term
     */
    public static List<ImdrfTerm> chosen(ImdrfAnnex annex, Collection<String> codes) {
        var terms = new LinkedHashSet<ImdrfTerm>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
            ImdrfTerm term = TERMS.get(code);
            if (term == null) {
                throw new InvalidRequestException(
                        annex.field(),
                        "'"
                                + (raw == null ? "" : raw.strip())
                                + "' is not an IMDRF code of the shipped release ("
                                + RELEASE
                                + ")");
            }
            if (term.annex() != annex) {
                throw new InvalidRequestException(
                        annex.field(),
                        code
                                + " ("
                                + term.term()
                                + ") is an Annex "
                                + term.annex().name()
                                + " code; "
                                + annex.field()
                                + " takes "
                                + annex.title()
                                + " codes");
            }
            if (!term.selectable()) {
                throw new InvalidRequestException(
                        annex.field(),
                        code
                                + " ("
                                + term.term()
                                + ") is "
                                + term.status()
                                + " in IMDRF's release: choose a term under it");
            }
            terms.add(term);
        }
        return List.copyOf(terms);
    }

    private static Map<String, ImdrfTerm> load() {
        var terms = new LinkedHashMap<String, ImdrfTerm>();
        for (List<String> f : ShippedCsv.rows("/org/implantdhr/vigilance/imdrf-aet-terms.csv")) {
            var term =
                    new ImdrfTerm(
                            ImdrfAnnex.valueOf(f.get(0)),
                            f.get(1),
                            f.get(2),
                            f.get(3),
                            f.get(4),
                            f.get(5));
            // Annex E lists a term under each category it belongs to (E0104 under E01 and E05):
            // a code is one term, its first listing gives its hierarchy. Three codes carry a
            // differently worded term in a later listing; the first listing's wording is kept.
            terms.putIfAbsent(term.code(), term);
        }
        return terms;
    }
}
