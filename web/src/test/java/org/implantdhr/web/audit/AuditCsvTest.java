package org.implantdhr.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CFR-11.10b")
class AuditCsvTest {

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        assertThat(AuditCsv.field(null)).isEmpty();
        assertThat(AuditCsv.field("plain")).isEqualTo("plain");
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void theFileIsNamedAfterTheSearch() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("label", "CW-DEMO-04");
        parameters.put("actor", null);
        parameters.put("from", "2026-01-01");
        parameters.put("recordType", "a/b c");
        assertThat(AuditCsv.fileName(parameters))
                .isEqualTo("audit-trail_label-CW-DEMO-04_from-2026-01-01_recordType-a-b-c.csv");
        assertThat(AuditCsv.fileName(new LinkedHashMap<>())).isEqualTo("audit-trail.csv");
    }
}
