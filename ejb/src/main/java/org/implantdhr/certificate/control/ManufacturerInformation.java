package org.implantdhr.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.documents.Manufacturer;

/**
 * Who the legal manufacturer is and what the implant card tells the patient, from MicroProfile
 * Config: {@code implantdhr.manufacturer.name}, {@code .address} (both required), {@code .website},
 * {@code .srn}, {@code .sites} (every manufacturing site, for the Annex XIII statement;
 * comma-separated, a comma inside one written as {@code \,}; the manufacturer's address when
 * absent), {@code implantdhr.implant-card.expected-lifetime} and {@code
 * implantdhr.implant-card.warnings} (comma-separated like the sites).
 *
 * <p>There are deliberately no defaults in server.xml or microprofile-config.properties: those
 * would apply to a production server too and print a made-up manufacturer on a signed certificate.
 * A demo server ( {@code implantdhr.demo.enabled}) falls back to the fictitious demo manufacturer
 * below; any other server refuses to issue documents until the name and address are configured.
 */
@ApplicationScoped
public class ManufacturerInformation {

    static final Manufacturer DEMO =
            new Manufacturer(
                    "Implant DHR Demo Manufacturing GmbH (fictitious)",
                    "Demostraße 1, 24103 Kiel, Germany",
                    "https://implant-dhr.example/patients",
                    "DE-MF-000000000");
    static final String DEMO_LIFETIME =
            "Intended to stay in your body for life. Your surgeon will tell you "
                    + "when to come for follow-up examinations.";
    static final List<String> DEMO_WARNINGS =
            List.of(
                    "This implant is made of titanium alloy (Ti-6Al-4V ELI) and a polymer separation plate. Before any "
                            + "scan (MRI, CT, X-ray) or radiotherapy, show this card to the staff.",
                    "Tell your doctor about any known allergy to metals.",
                    "Contact your surgeon if you notice pain, swelling, redness or a change in the shape of your chest wall.",
                    "Up-to-date information for patients is on the manufacturer's website.");

    @Inject
    @ConfigProperty(name = "implantdhr.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "implantdhr.manufacturer.name")
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "implantdhr.manufacturer.address")
    Optional<String> address;

    @Inject
    @ConfigProperty(name = "implantdhr.manufacturer.website")
    Optional<String> website;

    @Inject
    @ConfigProperty(name = "implantdhr.manufacturer.srn")
    Optional<String> srn;

    @Inject
    @ConfigProperty(name = "implantdhr.manufacturer.sites")
    Optional<List<String>> sites;

    @Inject
    @ConfigProperty(name = "implantdhr.implant-card.expected-lifetime")
    Optional<String> expectedLifetime;

    @Inject
    @ConfigProperty(name = "implantdhr.implant-card.warnings")
    Optional<List<String>> warnings;

    /** The configured manufacturer; in demo mode the demo one when nothing is configured. */
    public Manufacturer manufacturer() {
        Optional<String> configuredName = present(name);
        if (configuredName.isEmpty() && demo) {
            return DEMO;
        }
        return new Manufacturer(
                configuredName.orElseThrow(
                        () ->
                                new ManufacturerNotConfiguredException(
                                        "implantdhr.manufacturer.name")),
                present(address)
                        .orElseThrow(
                                () ->
                                        new ManufacturerNotConfiguredException(
                                                "implantdhr.manufacturer.address")),
                present(website).orElse(null),
                present(srn).orElse(null));
    }

    /**
     * MDR Annex XIII 1: every manufacturing site; a single-site manufacturer makes at its own
     * address.
     */
    public List<String> manufacturingSites() {
        List<String> configured =
                sites.orElse(List.of()).stream()
                        .filter(s -> !s.isBlank())
                        .map(String::strip)
                        .toList();
        if (!configured.isEmpty()) {
            return configured;
        }
        Manufacturer manufacturer = manufacturer();
        return List.of(manufacturer.name() + ", " + manufacturer.address());
    }

    /** MDR Art. 18(1)(c): the expected lifetime; null when neither configured nor a demo. */
    public String expectedLifetime() {
        return present(expectedLifetime).orElse(usesDemoText() ? DEMO_LIFETIME : null);
    }

    /** MDR Art. 18(1)(b): warnings and precautions for the patient, in lay language. */
    public List<String> warnings() {
        List<String> configured =
                warnings.orElse(List.of()).stream()
                        .filter(w -> !w.isBlank())
                        .map(String::strip)
                        .toList();
        return !configured.isEmpty() ? configured : usesDemoText() ? DEMO_WARNINGS : List.of();
    }

    /** The demo card texts only go with the demo manufacturer, never under a real one's name. */
    private boolean usesDemoText() {
        return demo && present(name).isEmpty();
    }

    private static Optional<String> present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).map(String::strip);
    }
}
