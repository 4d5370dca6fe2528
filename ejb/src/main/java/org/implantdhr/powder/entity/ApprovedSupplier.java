package org.implantdhr.powder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/** A supplier on the approved-supplier list, for a period. */
@Entity
@Table(name = "approved_supplier")
@NamedQuery(
        name = ApprovedSupplier.BY_NAME,
        query = "select s from ApprovedSupplier s where s.name = :name")
public class ApprovedSupplier extends Recorded implements Audited {

    public static final String BY_NAME = "ApprovedSupplier.byName";

    @Column(nullable = false)
    private String name;

    @Column(name = "approved_from", nullable = false)
    private LocalDate approvedFrom;

    @Column(name = "approved_until")
    private LocalDate approvedUntil;

    protected ApprovedSupplier() {}

    public ApprovedSupplier(
            String name, LocalDate approvedFrom, LocalDate approvedUntil, String user, Instant at) {
        this.name = name;
        this.approvedFrom = approvedFrom;
        this.approvedUntil = approvedUntil;
        recordCreation(user, at);
    }

    public boolean approvedOn(LocalDate date) {
        return date != null
                && !date.isBefore(approvedFrom)
                && (approvedUntil == null || !date.isAfter(approvedUntil));
    }

    @Override
    public String recordType() {
        return "ApprovedSupplier";
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("approvedFrom", approvedFrom);
        state.put("approvedUntil", approvedUntil);
        return state;
    }

    public String name() {
        return name;
    }

    public LocalDate approvedFrom() {
        return approvedFrom;
    }

    public LocalDate approvedUntil() {
        return approvedUntil;
    }
}
