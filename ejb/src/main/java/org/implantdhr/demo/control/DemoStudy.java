package org.implantdhr.demo.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The study's side of the demo plant: its released implants in their patients, followed up on
 * protocol CW-FU 1.0 for two years, recorded through the API as the hospitals record them — the
 * surgeons sam.surgeon (Heidelberg) and sofia.surgeon (Barcelona) their operations, discharges,
 * explants and adverse events, the Heidelberg study nurse stella.studystaff the visits of sam's
 * patients — each on the recording clock at the moment it happens, in the order it happens.
 *
 * <p>Nine patients are operated on twelve to fifteen days after day zero, one (CW-DEMO-05) ten days
 * later (its CT still under the 30 days the specification allows without a QA acknowledgement), so
 * that its 24-month visit falls due in the coming days; CW-DEMO-06 and CW-DEMO-13 stay released in
 * stock (their operations were called off), siblings of the implanted ones in the vigilance trace.
 * Hospital stays of 15 to 29 days; Karnofsky, pain VAS (Heidelberg in cm, Barcelona in mm) and the
 * protocol's Watkins score at every visit, improving as the study hopes for most and not for all.
 * The events the outcome tables and the Kaplan–Meier curve are about:
 *
 * <ul>
 *   <li>CW-DEMO-03 — a device-related infection (CTCAE grade 3, serious) in the second month,
 *       explanted; the explant and the serious event open vigilance cases
 *   <li>CW-DEMO-01 — local recurrence found at the 12-month visit
 *   <li>CW-DEMO-09 — distant recurrence at the 18-month visit
 *   <li>CW-DEMO-12 — lost to follow-up after the 6-month visit
 *   <li>CW-DEMO-10 — at the 24-month visit, yesterday, a fracture of the implant (two lattice
 *       struts at a rib fixation; grade 3, definitely device-related, serious): revision planned.
 *       The vigilance screening opens its case as the event is stored, so its reporting clock runs
 *       now
 *   <li>a few grade 1–2 events (seroma, pneumothorax, pleural effusion, chest-wall pain)
 * </ul>
 *
 * Now, CW-DEMO-04's 24-month visit is overdue (Heidelberg's worklist) and CW-DEMO-05's is due
 * (Barcelona's). A step whose record exists is skipped, like every demo step.
 */
final class DemoStudy {

    private static final Logger LOG = Logger.getLogger(DemoStudy.class.getName());

    static final List<Integer> IMPLANTED = List.of(1, 2, 3, 4, 5, 9, 10, 11, 12);
    static final List<Integer> IN_STOCK = List.of(6, 13);

    private static final DemoUsers.DemoUser QUINN = DemoUsers.named("quinn.qa");
    private static final DemoUsers.DemoUser STELLA = DemoUsers.named("stella.studystaff");

    private static final String[] VISITS = {
        "BASELINE", "DISCHARGE", "M1", "M3", "M6", "M12", "M18", "M24"
    };
    private static final int[] MONTHS = {0, 0, 1, 3, 6, 12, 18, 24};

    /** A step of the study's history: who records what at which moment. */
    private record Step(Instant at, String what, Runnable action) {}

    private final DemoClient api;
    private final LocalDate dayZero;
    private final Instant now;
    private final List<Step> steps = new ArrayList<>();

    DemoStudy(DemoClient api, LocalDate dayZero, Instant now) {
        this.api = api;
        this.dayZero = dayZero;
        this.now = now;
    }

    /** The operation day of patient {@code i}: the case's planned surgery date. */
    static LocalDate operationDay(LocalDate dayZero, int i) {
        return dayZero.plusDays(i == 5 ? 24 : 12 + i % 4);
    }

    /** The sterno-costal design family: the cases whose resection takes part of the sternum. */
    static boolean sternal(int i) {
        return i == 3 || i == 9 || i == 12;
    }

    /** QA evaluates and releases the conforming implants, the day after the last inspection. */
    void release(Instant at) {
        for (int i : releasedImplants()) {
            String serial = DemoPlant.serial(i);
            Instant evaluated = at.plus(2L * i, ChronoUnit.MINUTES);
            api.at(evaluated);
            String implant = api.get(QUINN, "/implants/" + serial).body();
            if (!implant.contains("\"status\":\"IN_PROCESS\"")
                    && !implant.contains("\"status\":\"READY_FOR_REVIEW\"")
                    && !implant.contains("\"status\":\"EVALUATED\"")) {
                continue; // released (and perhaps implanted) by an earlier start
            }
            api.ensure(
                    api.post(QUINN, "/implants/" + serial + "/evaluations", ""),
                    "evaluation " + serial);
            api.at(evaluated.plusSeconds(60));
            api.ensure(
                    api.post(
                            QUINN,
                            "/implants/" + serial + "/release",
                            "{\"password\":\"%s\",\"zone\":\"Europe/Berlin\"}"
                                    .formatted(QUINN.password())),
                    "release " + serial);
        }
    }

    static List<Integer> releasedImplants() {
        var all = new ArrayList<>(IMPLANTED);
        all.addAll(IN_STOCK);
        all.sort(Comparator.naturalOrder());
        return all;
    }

    /** Records the whole study, step by step in the order of its moments. */
    void record() {
        for (int i : IMPLANTED) {
            patient(i);
        }
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            if (!step.at().isBefore(now)) {
                continue;
            }
            api.at(step.at());
            LOG.fine(() -> "Demo study at " + step.at() + ": " + step.what());
            step.action().run();
        }
        api.at(null);
    }

    // ---------------------------------------------------------------- the patients' courses

    private void patient(int i) {
        String serial = DemoPlant.serial(i);
        LocalDate op = operationDay(dayZero, i);
        int stay = new int[] {0, 18, 16, 21, 24, 17, 0, 0, 0, 27, 15, 19, 29}[i];
        LocalDate discharge = op.plusDays(stay);
        operation(i, op);
        visit(i, 0, op.minusDays(1), at(op, 14, 30));
        at(discharge, 11, 0, "discharge " + serial, () -> discharge(i, discharge));
        visit(i, 1, discharge, at(discharge, 11, 30));
        int lastVisit = i == 12 ? 4 : i == 4 || i == 5 ? 6 : 7;
        for (int v = 2; v <= lastVisit; v++) {
            LocalDate day = op.plusMonths(MONTHS[v]).plusDays(jitter(i, v));
            if (i == 10 && v == 7) {
                // the fracture is found at the 24-month visit: yesterday
                day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
            }
            visit(i, v, day, at(day, 15, 0));
        }
        events(i, op);
        if (i == 12) {
            LocalDate lastContact = op.plusMonths(6).plusDays(jitter(i, 4));
            LocalDate given = op.plusMonths(12).plusDays(35);
            at(
                    given,
                    10,
                    0,
                    "lost to follow-up " + serial,
                    () ->
                            api.ensure(
                                    api.post(
                                            STELLA,
                                            "/follow-ups/" + serial + "/lost-to-follow-up",
                                            """
                            {"date":"%s","reason":"No answer to three letters and four calls since the 12-month visit fell due; the general practitioner has no later contact."}"""
                                                    .formatted(lastContact)),
                                    "lost to follow-up " + serial));
        }
    }

    /**
     * A visit day's offset from its target, inside every window of the protocol; the 24-month visit
     * a day or more after its target, so that the patients seen then count as followed for the
     * whole 24 months (day 730) in the survival table.
     */
    private static int jitter(int i, int visit) {
        int days = (i * 7 + visit * 3) % 7 - 3;
        return visit == VISITS.length - 1 ? 1 + Math.abs(days) % 3 : days;
    }

    private void operation(int i, LocalDate op) {
        String serial = DemoPlant.serial(i);
        boolean sternal = sternal(i);
        at(
                op,
                14,
                0,
                "operation " + serial,
                () ->
                        api.ensure(
                                api.post(
                                        surgeon(i),
                                        "/implantations",
                                        """
                {"serialNumber":"%s","operatedAt":"%s","durationMinutes":%d,
                 "plateSupplier":"Zeus Industrial Products","plateCatalogueNumber":"PTFE-SP-120",
                 "plateLotNumber":"%s","ribsResected":%d,"ribLevels":"%s","sternumResection":"%s",
                 "defectLengthMm":%d.0,"defectWidthMm":%d.0,"admissionDate":"%s"}"""
                                                .formatted(
                                                        serial,
                                                        op.atTime(8, 15).toInstant(ZoneOffset.UTC),
                                                        sternal ? 240 + i * 3 : 170 + i * 5,
                                                        DemoPlant.GOOD_PLATES,
                                                        2 + i % 3,
                                                        sternal
                                                                ? "2-4"
                                                                : (3 + i % 3) + "-" + (5 + i % 3),
                                                        sternal ? "PARTIAL" : "NONE",
                                                        110 + i,
                                                        80 + 2 * i,
                                                        op.minusDays(1))),
                                "operation " + serial));
    }

    private void discharge(int i, LocalDate day) {
        String serial = DemoPlant.serial(i);
        if (api.get(surgeon(i), "/implantations/" + serial)
                .body()
                .contains("\"dischargeDate\":\"")) {
            return;
        }
        api.ensure(
                api.post(
                        surgeon(i),
                        "/implantations/" + serial + "/discharge",
                        "{\"dischargeDate\":\"%s\"}".formatted(day)),
                "discharge " + serial);
    }

    /**
     * Visit {@code v} (index into {@link #VISITS}) on {@code day}, recorded at {@code at}: the
     * scores of this patient's course then.
     */
    private void visit(int i, int v, LocalDate day, Instant recordedAt) {
        String serial = DemoPlant.serial(i);
        String code = VISITS[v];
        steps.add(
                new Step(
                        recordedAt,
                        code + " " + serial,
                        () ->
                                api.ensure(
                                        api.post(
                                                visitRecorder(i, v),
                                                "/follow-ups/" + serial + "/visits/" + code,
                                                visitJson(i, v, day)),
                                        code + " visit " + serial)));
    }

    private String visitJson(int i, int v, LocalDate day) {
        LocalDate op = operationDay(dayZero, i);
        boolean heidelberg = i % 2 == 0;
        // the usual course: performance up by one to three steps, pain down by 3-5 cm on the VAS
        // and by 1-2 points on the Watkins scale; each patient a little apart
        int[] karnofsky = {70, 60, 70, 80, 80, 90, 90, 90};
        int[] vasMm = {66, 49, 37, 28, 21, 16, 15, 13};
        int[] watkins = {4, 4, 3, 3, 2, 2, 2, 2};
        int kps = Math.min(100, karnofsky[v] + (i % 3 == 0 ? 10 : 0) - (i == 11 ? 10 : 0));
        int vas = vasMm[v] + (i % 4) * 3 + (i == 11 ? 9 : 0);
        int w = watkins[v] + (i == 11 && v > 1 ? 1 : 0);
        String status = v == 0 ? null : "NO_EVIDENCE_OF_DISEASE";
        LocalDate statusDate = day;
        String notes = null;
        if (i == 1 && v >= 5) {
            status = "LOCAL_RECURRENCE";
            statusDate = op.plusMonths(12).minusDays(9);
            kps = 70;
            vas = v == 5 ? 34 : 39;
            w = 3;
            notes =
                    v == 5
                            ? "MRI 9 days ago: 2 cm nodule at the caudal margin of the reconstruction; biopsy confirms recurrence. Tumour board: re-resection without touching the implant."
                            : null;
            if (v > 5) {
                statusDate = day;
            }
        }
        if (i == 9 && v >= 6) {
            status = "DISTANT_RECURRENCE";
            statusDate = v == 6 ? day.minusDays(6) : day;
            kps = v == 6 ? 70 : 60;
            vas = 24;
            notes = v == 6 ? "CT: two pulmonary metastases, the chest wall free of disease." : null;
        }
        if (i == 10 && v == 7) {
            kps = 80;
            vas = 46;
            w = 3;
            notes =
                    "Pain on coughing for three weeks, a click over the 4th rib. CT: two lattice struts of the implant broken at the 4th-rib fixation, no displacement. Revision planned.";
        }
        if (i == 3 && v >= 3) {
            // after the explant the chest wall is a muscle flap: stable, less pain relief
            kps = v == 3 ? 60 : 70;
            vas = 32;
            w = 3;
        }
        var json = new StringBuilder("{\"visitDate\":\"" + day + "\"");
        json.append(",\"karnofsky\":").append(kps);
        // Heidelberg reads the 10 cm line to the millimetre, Barcelona the 100 mm line
        json.append(",\"vasValue\":")
                .append(heidelberg ? BigDecimal.valueOf(vas, 1).toPlainString() : vas)
                .append(",\"vasUnit\":\"")
                .append(heidelberg ? "CM" : "MM")
                .append('"');
        json.append(",\"instrumentCode\":\"WATKINS\",\"instrumentScore\":").append(w);
        if (status != null) {
            json.append(",\"diseaseStatus\":\"")
                    .append(status)
                    .append("\",\"diseaseStatusDate\":\"")
                    .append(statusDate)
                    .append('"');
        }
        if (notes != null) {
            json.append(",\"notes\":\"").append(notes).append('"');
        }
        return json.append('}').toString();
    }

    private void events(int i, LocalDate op) {
        switch (i) {
            case 2 ->
                    event(
                            i,
                            op.plusDays(10),
                            "10040102",
                            null,
                            2,
                            null,
                            "UNLIKELY",
                            "PROBABLE",
                            "PROCEDURE",
                            "RECOVERED",
                            op.plusDays(31),
                            "Seroma under the flap, aspirated twice.");
            case 11 ->
                    event(
                            i,
                            op.plusDays(2),
                            "10035759",
                            null,
                            2,
                            null,
                            "UNRELATED",
                            "DEFINITE",
                            "PROCEDURE",
                            "RECOVERED",
                            op.plusDays(6),
                            "Apical pneumothorax after drain removal; chest tube for four days.");
            case 12 ->
                    event(
                            i,
                            op.plusDays(5),
                            "10035598",
                            null,
                            1,
                            null,
                            "UNRELATED",
                            "PROBABLE",
                            "NONE",
                            "RECOVERED",
                            op.plusDays(21),
                            "Small effusion on the chest X-ray, resolved without treatment.");
            case 4 ->
                    event(
                            i,
                            op.plusDays(35),
                            "10008496",
                            null,
                            2,
                            null,
                            "POSSIBLE",
                            "PROBABLE",
                            "MEDICATION",
                            "RECOVERED",
                            op.plusDays(96),
                            "Chest-wall pain over the anterior fixation, NSAIDs for two months.");
            case 3 -> infection(i, op);
            case 10 -> fracture(i);
            default -> {
                // no adverse event
            }
        }
    }

    /**
     * Fever and a red, fluctuant wound five weeks after the operation: a device-related infection,
     * antibiotics first, then the implant comes out; the event is updated when it has resolved.
     */
    private void infection(int i, LocalDate op) {
        String serial = DemoPlant.serial(i);
        LocalDate onset = op.plusDays(38);
        LocalDate explanted = op.plusDays(49);
        LocalDate resolved = op.plusDays(77);
        String term = "10064687";
        String description =
                "Fever and a fluctuant wound over the sternal part of the plate; cultures: Staphylococcus aureus (MSSA). Readmitted for IV antibiotics.";
        at(
                onset.plusDays(1),
                16,
                0,
                "infection " + serial,
                () ->
                        reportOnce(
                                i,
                                term,
                                eventJson(
                                        null,
                                        term,
                                        null,
                                        3,
                                        "HOSPITALISATION",
                                        onset,
                                        "PROBABLE",
                                        "POSSIBLE",
                                        "MEDICATION",
                                        "NOT_RECOVERED",
                                        null,
                                        description,
                                        null)));
        at(
                explanted,
                17,
                0,
                "explant " + serial,
                () ->
                        api.ensure(
                                api.post(
                                        surgeon(i),
                                        "/implantations/" + serial + "/explantation",
                                        """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"INFECTION","reasonText":"Infection not controlled by ten days of IV antibiotics",
                 "deviceReturned":true,"retrievalFindings":"Biofilm over the lattice of the sternal part; no fracture, no corrosion, fixation screws intact."}"""
                                                .formatted(explanted)),
                                "explant " + serial));
        at(
                resolved,
                12,
                0,
                "infection resolved " + serial,
                () -> {
                    String events =
                            api.get(surgeon(i), "/follow-ups/" + serial + "/adverse-events").body();
                    if (events.contains("\"outcome\":\"RECOVERED\"")) {
                        return;
                    }
                    var m = Pattern.compile("\"id\":(\\d+)").matcher(events);
                    if (!m.find()) {
                        throw new IllegalStateException("No infection recorded for " + serial);
                    }
                    api.ensure(
                            api.put(
                                    surgeon(i),
                                    "/follow-ups/" + serial + "/adverse-events/" + m.group(1),
                                    eventJson(
                                            null,
                                            term,
                                            null,
                                            3,
                                            "HOSPITALISATION",
                                            onset,
                                            "PROBABLE",
                                            "POSSIBLE",
                                            "EXPLANT",
                                            "RECOVERED",
                                            resolved,
                                            description
                                                    + " Explanted on "
                                                    + explanted
                                                    + "; the defect closed with a latissimus flap.",
                                            "Resolved after the explant; action taken is the explant")),
                            "infection resolved " + serial);
                });
    }

    /**
     * Found at the 24-month visit, yesterday: two struts of the implant broken. A device problem is
     * no CTCAE term, so the event is CTCAE's "other, specify" term of its class, as the CTCAE
     * instructs.
     */
    private void fracture(int i) {
        LocalDate found = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        String term = "10022117";
        at(
                found,
                15,
                30,
                "fracture " + DemoPlant.serial(i),
                () ->
                        reportOnce(
                                i,
                                term,
                                eventJson(
                                        "M24",
                                        term,
                                        "Implant fracture: two lattice struts broken at the 4th-rib fixation",
                                        3,
                                        "MEDICALLY_IMPORTANT",
                                        found.minusDays(21),
                                        "DEFINITE",
                                        "UNRELATED",
                                        "REVISION",
                                        "NOT_RECOVERED",
                                        null,
                                        "Chest-wall pain on coughing for three weeks; CT shows the fracture without displacement. Revision with a new plate planned; the implant will be returned for retrieval analysis.",
                                        null)));
    }

    private void event(
            int i,
            LocalDate onset,
            String term,
            String specify,
            int grade,
            String seriousCriterion,
            String device,
            String procedure,
            String action,
            String outcome,
            LocalDate resolution,
            String description) {
        // reported when it has resolved, at the next contact
        LocalDate reported = resolution == null ? onset : resolution.plusDays(1);
        at(
                reported,
                16,
                30,
                "adverse event " + term + " " + DemoPlant.serial(i),
                () ->
                        reportOnce(
                                i,
                                term,
                                eventJson(
                                        null,
                                        term,
                                        specify,
                                        grade,
                                        seriousCriterion,
                                        onset,
                                        device,
                                        procedure,
                                        action,
                                        outcome,
                                        resolution,
                                        description,
                                        null)));
    }

    /** The same term is reported once for a patient here: a second start skips it. */
    private void reportOnce(int i, String term, String json) {
        String serial = DemoPlant.serial(i);
        if (api.get(surgeon(i), "/follow-ups/" + serial + "/adverse-events")
                .body()
                .contains("\"termCode\":\"" + term + "\"")) {
            return;
        }
        api.ensure(
                api.post(surgeon(i), "/follow-ups/" + serial + "/adverse-events", json),
                "adverse event " + term + " " + serial);
    }

    private static String eventJson(
            String visitCode,
            String term,
            String specify,
            int grade,
            String seriousCriterion,
            LocalDate onset,
            String device,
            String procedure,
            String action,
            String outcome,
            LocalDate resolution,
            String description,
            String reason) {
        var json = new StringBuilder("{\"ctcaeVersion\":\"5.0\",\"termCode\":\"" + term + "\"");
        if (visitCode != null) {
            json.append(",\"visitCode\":\"").append(visitCode).append('"');
        }
        if (specify != null) {
            json.append(",\"specifyText\":\"").append(specify).append('"');
        }
        json.append(",\"grade\":").append(grade);
        json.append(",\"serious\":").append(seriousCriterion != null);
        if (seriousCriterion != null) {
            json.append(",\"seriousCriterion\":\"").append(seriousCriterion).append('"');
        }
        json.append(",\"onsetDate\":\"").append(onset).append('"');
        if (resolution != null) {
            json.append(",\"resolutionDate\":\"").append(resolution).append('"');
        }
        json.append(",\"deviceAttribution\":\"").append(device).append('"');
        json.append(",\"procedureAttribution\":\"").append(procedure).append('"');
        json.append(",\"actionTaken\":\"").append(action).append('"');
        json.append(",\"outcome\":\"").append(outcome).append('"');
        json.append(",\"description\":\"").append(description).append('"');
        if (reason != null) {
            json.append(",\"reason\":\"").append(reason).append('"');
        }
        return json.append('}').toString();
    }

    // ---------------------------------------------------------------- who and when

    /** The surgeon of the case: odd cases are Dr. Marin's in Barcelona, even ones Dr. Weiss's. */
    private static DemoUsers.DemoUser surgeon(int i) {
        return DemoUsers.named(DemoPlant.surgeonOf(i));
    }

    /**
     * In Heidelberg the study nurse records the visits after discharge; the surgeons record their
     * own otherwise.
     */
    private static DemoUsers.DemoUser visitRecorder(int i, int visit) {
        return i % 2 == 0 && visit >= 2 ? STELLA : surgeon(i);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    private void at(LocalDate day, int hour, int minute, String what, Runnable action) {
        steps.add(new Step(at(day, hour, minute), what, action));
    }
}
