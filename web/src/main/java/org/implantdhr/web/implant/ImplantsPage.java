package org.implantdhr.web.implant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.release.boundary.ImplantListing;
import org.implantdhr.release.boundary.ImplantSearch;
import org.implantdhr.web.platform.PageErrors;

/**
 * The searchable list of implant records. The search is a GET (it changes nothing), so a result can
 * be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class ImplantsPage {

    static final int PAGE = 50;

    @EJB ImplantSearch search;

    private String q;
    private String status;
    private int offset;
    private List<ImplantListing> implants;

    /**
     * The view action: searches before the page is drawn, so that a refused status is told next to
     * its field.
     */
    public void search() {
        getImplants();
    }

    public List<ImplantListing> getImplants() {
        if (implants == null) {
            try {
                // one more than a page, to know whether there is a next one
                implants = search.find(q, status, offset, PAGE + 1);
            } catch (InvalidRequestException e) {
                PageErrors.onInput("status", e.getMessage());
                implants = List.of();
            }
        }
        return implants.size() > PAGE ? implants.subList(0, PAGE) : implants;
    }

    public boolean isMore() {
        getImplants();
        return implants.size() > PAGE;
    }

    public int getNextOffset() {
        return offset + PAGE;
    }

    public int getPreviousOffset() {
        return Math.max(0, offset - PAGE);
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(ImplantStatus.values()).map(Enum::name).toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = Math.max(0, offset);
    }
}
