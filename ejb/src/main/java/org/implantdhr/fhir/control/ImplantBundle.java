package org.implantdhr.fhir.control;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.Visit;

/**
 * One implant's hand-off to a hospital system: a FHIR R4 {@code collection} Bundle of the patient
 * (by pseudonym), the implant and its separation plate, the implantation (and explant), the visits'
 * scores and the adverse events, every reference resolving inside the Bundle. A collection, not a
 * document or a transaction: it is a set of records for the receiver to file, with no Composition
 * to attest and nothing asked of the receiver's server.
 */
public final class ImplantBundle {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private ImplantBundle() {}

    public static Bundle of(ImplantRecord r, Instant at) {
        var bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(
                new Identifier().setSystem(FhirCodes.SERIAL_NUMBER).setValue(r.serial()));
        bundle.setTimestamp(Date.from(at));
        add(bundle, ResourceIds.patient(r), PatientMapper.map(r));
        add(bundle, ResourceIds.device(r), DeviceMapper.implant(r));
        add(bundle, ResourceIds.plate(r), DeviceMapper.plate(r));
        add(bundle, ResourceIds.implantation(r), ProcedureMapper.implantation(r));
        r.explantation()
                .ifPresent(
                        e ->
                                add(
                                        bundle,
                                        ResourceIds.explantation(r),
                                        ProcedureMapper.explantation(r, e)));
        for (Visit v : r.visits()) {
            ObservationMapper.of(r, v).forEach(o -> add(bundle, o.fullUrl(), o.observation()));
        }
        for (AdverseEvent e : r.events()) {
            add(bundle, AdverseEventMapper.fullUrl(r, e), AdverseEventMapper.map(r, e));
        }
        return bundle;
    }

    /** The Bundle as FHIR JSON. */
    public static String json(Bundle bundle) {
        return context().newJsonParser().encodeResourceToString(bundle);
    }

    /**
     * HAPI's R4 context: costly to make (it scans the model), safe to share, made once per class
     * loader.
     */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }
}
