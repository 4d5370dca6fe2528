package org.implantdhr.web.implant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.implantdhr.casefile.boundary.CaseFiles;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;

/** Reads implants for the recording pages through the same boundaries the API reads them with. */
@RequestScoped
public class ImplantLines {

    @EJB Implants implants;

    @EJB CaseFiles caseFiles;

    @EJB ComponentLots componentLots;

    public List<ImplantLine> ofCase(long caseId) {
        return implants.ofCase(caseId).stream().map(this::line).toList();
    }

    public Optional<ImplantLine> find(String serialNumber) {
        return serialNumber == null || serialNumber.isBlank()
                ? Optional.empty()
                : implants.find(serialNumber).map(this::line);
    }

    private ImplantLine line(Implant implant) {
        return ImplantLine.of(
                implant,
                caseFiles.of(implant.caseId(), implant.designId()),
                componentLots.byId(implant.componentLotId()).orElse(null),
                implants.buildNumberOf(implant).orElse(null),
                implants.heatTreatmentRunNumberOf(implant).orElse(null));
    }
}
