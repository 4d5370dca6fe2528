package org.implantdhr.powder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chemical composition in wt %, as the certificate reports it (the reported number of decimals is
 * kept: chemistry limits are compared after rounding to the limit's decimals).
 */
@Embeddable
public class Chemistry {

    /** The elements a Ti-6Al-4V ELI certificate reports, in the order it reports them. */
    public enum Element {
        AL,
        V,
        FE,
        O,
        C,
        N,
        H,
        Y,
        OTHER_EACH,
        OTHER_TOTAL
    }

    @Column(name = "al_wt_pct")
    private BigDecimal al;

    @Column(name = "v_wt_pct")
    private BigDecimal v;

    @Column(name = "fe_wt_pct")
    private BigDecimal fe;

    @Column(name = "o_wt_pct")
    private BigDecimal o;

    @Column(name = "c_wt_pct")
    private BigDecimal c;

    @Column(name = "n_wt_pct")
    private BigDecimal n;

    @Column(name = "h_wt_pct")
    private BigDecimal h;

    @Column(name = "y_wt_pct")
    private BigDecimal y;

    @Column(name = "other_each_wt_pct")
    private BigDecimal otherEach;

    @Column(name = "other_total_wt_pct")
    private BigDecimal otherTotal;

    protected Chemistry() {}

    public Chemistry(Map<Element, BigDecimal> wtPct) {
        al = wtPct.get(Element.AL);
        v = wtPct.get(Element.V);
        fe = wtPct.get(Element.FE);
        o = wtPct.get(Element.O);
        c = wtPct.get(Element.C);
        n = wtPct.get(Element.N);
        h = wtPct.get(Element.H);
        y = wtPct.get(Element.Y);
        otherEach = wtPct.get(Element.OTHER_EACH);
        otherTotal = wtPct.get(Element.OTHER_TOTAL);
    }

    public Map<Element, BigDecimal> wtPct() {
        var values = new LinkedHashMap<Element, BigDecimal>();
        values.put(Element.AL, al);
        values.put(Element.V, v);
        values.put(Element.FE, fe);
        values.put(Element.O, o);
        values.put(Element.C, c);
        values.put(Element.N, n);
        values.put(Element.H, h);
        values.put(Element.Y, y);
        values.put(Element.OTHER_EACH, otherEach);
        values.put(Element.OTHER_TOTAL, otherTotal);
        return values;
    }

    public BigDecimal of(Element element) {
        return wtPct().get(element);
    }
}
