package org.implantdhr.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.implantdhr.build.boundary.Builds;
import org.implantdhr.build.entity.Build;
import org.implantdhr.casefile.boundary.Cases;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.heattreatment.boundary.LoadedRun;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.inspection.boundary.InspectionRecord;

/** The start of the recording pages: what can be recorded, with the latest records of each kind. */
@Named
@RequestScoped
public class WorkIndexPage {

    private static final int LATEST = 5;

    @EJB Cases cases;

    @EJB Builds builds;

    @EJB HeatTreatmentRuns runs;

    @EJB DimensionalInspections inspections;

    public List<ImplantCase> getCases() {
        return cases.recent(LATEST);
    }

    public List<Build> getBuilds() {
        return builds.recent(LATEST);
    }

    public List<LoadedRun> getRuns() {
        return runs.recent(LATEST);
    }

    public List<InspectionRecord> getInspections() {
        return inspections.recent(LATEST);
    }
}
