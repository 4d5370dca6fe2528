package org.implantdhr.rules.criteria;

import java.util.ArrayList;
import java.util.List;

/** Collects the names of absent values ("operator", "lot number" ...). */
public final class Present {

    private final List<String> absent = new ArrayList<>();

    public Present require(Object value, String name) {
        if (value == null || value instanceof String s && s.isBlank()) {
            absent.add(name + " not recorded");
        }
        return this;
    }

    public List<String> absent() {
        return absent;
    }
}
