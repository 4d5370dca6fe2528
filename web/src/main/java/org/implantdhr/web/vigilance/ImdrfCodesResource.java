package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.IncidentReports;
import org.implantdhr.vigilance.control.ImdrfAnnex;
import org.implantdhr.vigilance.control.ImdrfTerm;
import org.implantdhr.vigilance.entity.ImdrfCoding;

/**
 * The IMDRF codes of a vigilance case's incident report: {@code GET
 * /api/vigilance/cases/{number}/imdrf-codes} and {@code PUT} (a QA manager chooses them; a change
 * of an earlier choice needs its reason). Each list takes codes of its own annex only.
 */
@Path("vigilance/cases/{number}/imdrf-codes")
@Produces(MediaType.APPLICATION_JSON)
public class ImdrfCodesResource {

    /** The codes to choose, per annex, and why (required when they replace earlier ones). */
    public record ChoiceJson(
            List<String> deviceProblems,
            List<String> clinicalSigns,
            List<String> healthImpacts,
            List<String> components,
            String reason) {}

    /** One chosen term as IMDRF publishes it. */
    public record TermJson(String code, String term, String definition) {
        static List<TermJson> of(List<ImdrfTerm> terms) {
            return terms.stream()
                    .map(t -> new TermJson(t.code(), t.term(), t.definition()))
                    .toList();
        }
    }

    /** The chosen codes; who chose them last, when and why (null while none are chosen). */
    public record CodesJson(
            String caseNumber,
            List<TermJson> deviceProblems,
            List<TermJson> clinicalSigns,
            List<TermJson> healthImpacts,
            List<TermJson> components,
            String chosenBy,
            Instant chosenAt,
            String reason) {}

    @EJB IncidentReports reports;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public CodesJson codes(@PathParam("number") String number) {
        return json(number);
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CodesJson choose(@PathParam("number") String number, @Valid @NotNull ChoiceJson choice) {
        Map<ImdrfAnnex, List<String>> codes = new EnumMap<>(ImdrfAnnex.class);
        codes.put(ImdrfAnnex.A, orNone(choice.deviceProblems()));
        codes.put(ImdrfAnnex.E, orNone(choice.clinicalSigns()));
        codes.put(ImdrfAnnex.F, orNone(choice.healthImpacts()));
        codes.put(ImdrfAnnex.G, orNone(choice.components()));
        reports.chooseCodes(number, codes, choice.reason());
        return json(number);
    }

    private CodesJson json(String number) {
        Map<ImdrfAnnex, List<ImdrfTerm>> terms = reports.chosenCodes(number);
        ImdrfCoding coding = reports.coding(number).orElse(null);
        return new CodesJson(
                number,
                TermJson.of(terms.get(ImdrfAnnex.A)),
                TermJson.of(terms.get(ImdrfAnnex.E)),
                TermJson.of(terms.get(ImdrfAnnex.F)),
                TermJson.of(terms.get(ImdrfAnnex.G)),
                coding == null ? null : coding.chosenBy(),
                coding == null ? null : coding.chosenAt(),
                coding == null ? null : coding.reason());
    }

    private static List<String> orNone(List<String> codes) {
        return codes == null ? List.of() : codes;
    }
}
