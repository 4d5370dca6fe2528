package org.implantdhr.release.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.implantdhr.rules.Finding;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.specification.Comparison;

/** One finding of an evaluation, as the rules made it; never changed. */
@Entity
@Table(name = "release_finding")
public class ReleaseFinding {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluation_id", updatable = false)
    private ReleaseEvaluation evaluation;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "check_id", nullable = false, updatable = false)
    private String checkId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(nullable = false, updatable = false)
    private String measured;

    @Column(name = "limit_text", nullable = false, updatable = false)
    private String limitText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Comparison comparison;

    @Column(nullable = false, updatable = false)
    private String evidence;

    @Column(nullable = false, updatable = false)
    private String sentence;

    protected ReleaseFinding() {}

    ReleaseFinding(ReleaseEvaluation evaluation, int seq, Finding f) {
        this.evaluation = evaluation;
        this.seq = seq;
        this.checkId = f.checkId();
        this.subject = f.subject();
        this.outcome = f.outcome();
        this.measured = f.measured();
        this.limitText = f.limit();
        this.comparison = f.comparison();
        this.evidence = f.evidence();
        this.sentence = f.message();
    }

    /** The finding as the rules express it, to compare a replay with. */
    public Finding toFinding() {
        return new Finding(
                checkId, subject, outcome, measured, limitText, comparison, evidence, sentence);
    }

    public Long id() {
        return id;
    }

    public ReleaseEvaluation evaluation() {
        return evaluation;
    }

    public int seq() {
        return seq;
    }

    public String checkId() {
        return checkId;
    }

    public String subject() {
        return subject;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String measured() {
        return measured;
    }

    public String limitText() {
        return limitText;
    }

    public Comparison comparison() {
        return comparison;
    }

    public String evidence() {
        return evidence;
    }

    public String sentence() {
        return sentence;
    }
}
