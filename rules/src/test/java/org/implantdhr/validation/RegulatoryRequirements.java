package org.implantdhr.validation;

import java.util.List;

/**
 * The controls of 21 CFR Part 11 and the clauses of ISO 13485:2016 the report traces, with the tag
 * that names each in the tests ({@code @Tag("CFR-11.10e")}, {@code @Tag("ISO13485-7.5.9.2")}).
 * Descriptions are one-line paraphrases.
 */
public final class RegulatoryRequirements {

    public static final String PART_11 = "21 CFR Part 11";
    public static final String ISO_13485 = "ISO 13485:2016";

    private static final String PROCEDURAL = "procedural: outside the software";

    private RegulatoryRequirements() {}

    public static List<Requirement> all() {
        return List.of(
                part11(
                        "11.10a",
                        "§11.10(a) Validation: accuracy, reliability, consistent intended performance and the "
                                + "ability to discern invalid or altered records",
                        ""),
                part11(
                        "11.10b",
                        "§11.10(b) Accurate and complete copies of records in human-readable and electronic "
                                + "form for inspection",
                        ""),
                part11(
                        "11.10c",
                        "§11.10(c) Protection of records for accurate and ready retrieval throughout the "
                                + "retention period",
                        ""),
                part11("11.10d", "§11.10(d) System access limited to authorized individuals", ""),
                part11(
                        "11.10e",
                        "§11.10(e) Secure, computer-generated, time-stamped audit trail of entries and actions "
                                + "that create, modify or delete records; changes do not obscure earlier values",
                        ""),
                part11(
                        "11.10f",
                        "§11.10(f) Operational system checks enforcing the permitted sequencing of steps and "
                                + "events",
                        ""),
                part11(
                        "11.10g",
                        "§11.10(g) Authority checks: only authorized individuals use the system, sign, alter "
                                + "records or perform the operation",
                        ""),
                part11(
                        "11.10h",
                        "§11.10(h) Device checks on the validity of the source of data input or operational "
                                + "instructions",
                        ""),
                part11(
                        "11.10i",
                        "§11.10(i) People who develop, maintain or use the system have the education, training "
                                + "and experience for their tasks",
                        PROCEDURAL + " (training records)"),
                part11(
                        "11.10j",
                        "§11.10(j) Written policies holding individuals accountable for actions under their "
                                + "electronic signatures",
                        PROCEDURAL + " (written policy)"),
                part11(
                        "11.10k",
                        "§11.10(k) Controls over systems documentation: distribution, access, revision and "
                                + "change control",
                        PROCEDURAL
                                + " (document control; the source and README are under version "
                                + "control)"),
                part11(
                        "11.50",
                        "§11.50 Signed records show the signer's printed name, date and time of signing and the "
                                + "meaning of the signature, in every human-readable form",
                        ""),
                part11(
                        "11.70",
                        "§11.70 Signatures are linked to their records so that they cannot be excised, copied "
                                + "or transferred to falsify a record",
                        ""),
                part11(
                        "11.100",
                        "§11.100 Each electronic signature is unique to one individual and never reused by or "
                                + "reassigned to anyone else",
                        "partly procedural: verifying a person's identity before issuing "
                                + "an account and the certification to FDA are outside the software"),
                part11(
                        "11.200",
                        "§11.200 Non-biometric signatures use two distinct components (user ID and password), "
                                + "used only by their genuine owner",
                        ""),
                part11(
                        "11.300",
                        "§11.300 Controls over identification codes and passwords: unique combinations, "
                                + "revision, safeguards that detect and report unauthorized use",
                        "partly procedural: issuing and recalling identification codes and the "
                                + "periodic testing of devices are organizational; lockout after repeated failed "
                                + "attempts (login, API, e-signature), an audit entry and a start-page alert for each, "
                                + "password rules, forced change after reset and optional expiry are implemented"),
                iso(
                        "7.5.1",
                        "§7.5.1 Control of production: a record for each device with traceability, amount "
                                + "manufactured and approved for distribution, verified and approved",
                        ""),
                iso(
                        "7.5.8",
                        "§7.5.8 Identification of product and of its status throughout production",
                        ""),
                iso(
                        "7.5.9.2",
                        "§7.5.9.2 Traceability of implantable devices: components, materials and work "
                                + "environment conditions recorded",
                        ""),
                iso(
                        "8.2.6",
                        "§8.2.6 Monitoring and measurement of product: evidence of conformity, identity of the "
                                + "person authorizing release, no release before planned arrangements are complete",
                        ""));
    }

    private static Requirement part11(String control, String description, String note) {
        return new Requirement("CFR-" + control, PART_11, description, note);
    }

    private static Requirement iso(String clause, String description, String note) {
        return new Requirement("ISO13485-" + clause, ISO_13485, description, note);
    }
}
