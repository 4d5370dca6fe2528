package org.implantdhr.identity.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request comes from, as the web tier saw it: recorded with a
 * failed e-signature password, which the business component checks far from the HTTP request.
 */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address == null ? "unknown" : address;
    }

    public void set(String address) {
        this.address = address;
    }
}
