package org.implantdhr.implantation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The serial from what the theatre types or scans. */
class SerialInputTest {

    @ParameterizedTest
    @CsvSource({
        "CW-DEMO-01,CW-DEMO-01",
        "' cw-demo-01 ',CW-DEMO-01",
        "https://dhr.example.org/verify/CW-DEMO-01,CW-DEMO-01",
        "http://localhost:9080/verify/CW-DEMO-01?lang=en,CW-DEMO-01",
        "https://dhr.example.org/app/verify/CW%2DDEMO%2D01,CW-DEMO-01"
    })
    void aTypedSerialOrTheQrCodesAddressGivesTheSerial(String input, String serial) {
        assertThat(SerialInput.serialOf(input)).isEqualTo(serial);
    }
}
