package org.implantdhr.vigilance.control;

import java.util.List;
import org.implantdhr.documents.IncidentReportModel;

/** The PDF's model from the report's content: the same values as the XML, worded for reading. */
public final class IncidentReportModels {

    private IncidentReportModels() {}

    public static IncidentReportModel of(IncidentReportContent c) {
        return new IncidentReportModel(
                c.generatedAt().atZone(c.zone()),
                c.generatedBy(),
                c.draft(),
                c.decision(),
                c.manufacturer(),
                c.caseNumber(),
                c.incident(),
                c.awareOn(),
                c.deadline() == null
                        ? "Not yet triaged: the shortest period that could apply counts"
                        : c.deadline().source() + ", " + c.deadline().period(),
                c.dueOn(),
                c.device().name(),
                c.device().model(),
                c.device().customMade()
                        ? "Custom-made device (Regulation (EU) 2017/745 Art. 2(3))"
                        : "Patient-matched device",
                c.device().customMade()
                        ? "None. " + IncidentReportContent.NO_UDI_REASON
                        : c.udiDi(),
                c.customMadeIdentification(),
                c.device().serialNumber(),
                c.powderLots(),
                c.plateLot() == null ? "none recorded" : c.plateLot(),
                c.manufacturedOn(),
                c.implantedOn(),
                c.healthcareFacility(),
                c.explantedOn() == null ? "Not explanted" : c.explantedOn().toString(),
                codes(c, ImdrfAnnex.A),
                codes(c, ImdrfAnnex.E),
                codes(c, ImdrfAnnex.F),
                codes(c, ImdrfAnnex.G),
                ImdrfTerms.RELEASE);
    }

    private static List<IncidentReportModel.Code> codes(IncidentReportContent c, ImdrfAnnex a) {
        return c.codes(a).stream()
                .map(t -> new IncidentReportModel.Code(t.code(), t.term()))
                .toList();
    }
}
