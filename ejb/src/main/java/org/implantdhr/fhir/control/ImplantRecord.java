package org.implantdhr.fhir.control;

import java.util.List;
import java.util.Optional;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.component.entity.ComponentLot;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implantation.entity.Explantation;
import org.implantdhr.implantation.entity.Implantation;

/**
 * Everything one implant's Bundle is made from, read by the boundary after the caller's access to
 * the patient was checked: the implant and its case, the operation with its plate lot and surgeon,
 * the visits, adverse events and explant. The manufacturer is null where none is configured.
 */
public record ImplantRecord(
        Implant implant,
        ImplantCase implantCase,
        Implantation implantation,
        ComponentLot plateLot,
        Surgeon surgeon,
        String manufacturer,
        List<Visit> visits,
        List<AdverseEvent> events,
        Optional<Explantation> explantation) {

    /** The surgeon who operated: the user name identifies, the name is shown. */
    public record Surgeon(String username, String name) {}

    public String serial() {
        return implant.serialNumber();
    }
}
