package org.implantdhr.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CFR-11.10e")
class AuditChainTest {

    private static AuditRecord record(String newValue) {
        return new AuditRecord(
                Instant.parse("2026-11-26T06:00:00.123456Z"),
                "quinn.qa",
                "UPDATE",
                "PowderLot",
                42L,
                "PL-1",
                "chemistry.O",
                "0.11",
                newValue,
                "typo on receipt");
    }

    private static AuditChainHead genesis() throws ReflectiveOperationException {
        var constructor = AuditChainHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        AuditChainHead head = constructor.newInstance();
        set(head, "lastHash", AuditHash.GENESIS);
        return head;
    }

    private static void set(Object target, String field, Object value)
            throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static AuditEntry appended(AuditChainHead head, AuditRecord record) {
        var entry = new AuditEntry(record);
        head.append(entry);
        return entry;
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() throws Exception {
        var head = genesis();
        AuditEntry first = appended(head, record("0.12"));
        AuditEntry second = appended(head, record("0.13"));
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(head.lastHash()).isEqualTo(second.entryHash());
        assertThat(first.hashIsIntact()).isTrue();
    }

    @Test
    void anEntryChainedAfterCommitHashesAsEntriesAlwaysDid() throws Exception {
        var entry = new AuditEntry(record("0.12"));
        assertThat(entry.isChained()).isFalse();
        assertThat(entry.hashIsIntact()).as("unchained: nothing to check yet").isFalse();
        genesis().append(entry);
        // the formula of the entries written before chaining moved after commit
        assertThat(entry.entryHash()).isEqualTo(AuditHash.of(1, AuditHash.GENESIS, record("0.12")));
        var again = genesis();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> again.append(entry))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Tag("CFR-11.10a")
    void changingAnyFieldAfterWritingBreaksTheHash() throws Exception {
        AuditEntry entry = appended(genesis(), record("0.12"));
        set(entry, "newValue", "0.10");
        assertThat(entry.hashIsIntact()).isFalse();
    }

    @Test
    @Tag("CFR-11.10a")
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        var a = new AuditRecord(Instant.EPOCH, "ab", "c", "T", 1, null, null, null, null, null);
        var b = new AuditRecord(Instant.EPOCH, "a", "bc", "T", 1, null, null, null, null, null);
        var empty = new AuditRecord(Instant.EPOCH, "a", "b", "T", 1, "", null, null, null, null);
        var absent = new AuditRecord(Instant.EPOCH, "a", "b", "T", 1, null, null, null, null, null);
        assertThat(AuditHash.of(1, AuditHash.GENESIS, a))
                .isNotEqualTo(AuditHash.of(1, AuditHash.GENESIS, b));
        assertThat(AuditHash.of(1, AuditHash.GENESIS, empty))
                .isNotEqualTo(AuditHash.of(1, AuditHash.GENESIS, absent));
    }
}
