package org.implantdhr.documents;

import java.util.Objects;

/**
 * The legal manufacturer as printed on every document.
 *
 * @param website optional (MDR Art. 18(1)(a) asks for it on the implant card)
 * @param srn optional single registration number (MDR Art. 31); printed where the layout has a
 *     place for it
 */
public record Manufacturer(String name, String address, String website, String srn) {
    public Manufacturer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    public Manufacturer(String name, String address, String website) {
        this(name, address, website, null);
    }
}
