package org.implantdhr.documents;

import java.util.Objects;

public record Manufacturer(String name, String address, String website) {
    public Manufacturer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
