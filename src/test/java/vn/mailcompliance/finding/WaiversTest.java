package vn.mailcompliance.finding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.settings.OperatorFileException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiversTest {

    static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    static final Set<String> CATEGORIES = Set.of("BANKING", "SOCIAL_MESSAGING");

    static Finding personalUse(String mailbox, String unit, String service) {
        return new Finding(mailbox, unit, FindingCode.PERSONAL_USE, service,
                new Details.PersonalUse(service, null, null, null, null, null, null, null), null, null);
    }

    static Waivers parse(String yaml) {
        return Waivers.parse(new StringReader(yaml), "waivers-under-test.yml", CATEGORIES);
    }

    static String error(String yaml) {
        try {
            parse(yaml);
            return "loaded";
        } catch (OperatorFileException e) {
            return e.getMessage();
        }
    }

    @Test
    void shippedWaiversFileLoadsWithNoActiveEntry() {
        Waivers shipped = Waivers.load(Path.of("jobs/waivers.yml"));
        assertThat(shipped.all()).isEmpty();
        assertThat(shipped.applicableTo(personalUse("a@most.gov.vn", "VP", "Vietcombank"), "BANKING", OCT_31)).isEmpty();
    }

    @Test
    void mailboxServiceWaiverAppliesUntilItsDateInclusive() {
        Waivers w = parse("""
                waivers:
                  - id: W-1
                    mailbox: Ke.Toan@most.gov.vn
                    service: Vietcombank
                    reason: salary account required by the Treasury
                    approver: Chánh Văn phòng
                    until: 2026-10-31
                """);
        Finding f = personalUse("ke.toan@most.gov.vn", "VP", "Vietcombank");
        assertThat(w.applicableTo(f, "BANKING", OCT_31)).get().extracting(Waiver::id).isEqualTo("W-1");
        assertThat(w.applicableTo(personalUse("ke.toan@most.gov.vn", "VP", "Zalo"), "SOCIAL_MESSAGING", OCT_31)).isEmpty();
        assertThat(w.applicableTo(personalUse("other@most.gov.vn", "VP", "Vietcombank"), "BANKING", OCT_31)).isEmpty();
    }

    @Test
    void expiredWaiverStopsApplying() {
        Waivers w = parse("""
                waivers:
                  - { id: W-1, mailbox: a@most.gov.vn, service: Vietcombank, reason: r, approver: p, until: 2026-10-31 }
                """);
        Finding f = personalUse("a@most.gov.vn", "VP", "Vietcombank");
        assertThat(w.applicableTo(f, "BANKING", LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(w.all().get(0).until()).isEqualTo(OCT_31);
    }

    @Test
    void unitCategoryWaiverCoversEveryMailboxOfTheUnit() {
        Waivers w = parse("""
                waivers:
                  - { id: W-2, unit: TCKT, category: banking, reason: r, approver: p }
                """);
        assertThat(w.applicableTo(personalUse("x@most.gov.vn", "TCKT", "ACB"), "BANKING", OCT_31)).isPresent();
        assertThat(w.applicableTo(personalUse("x@most.gov.vn", "TCKT", "Zalo"), "SOCIAL_MESSAGING", OCT_31)).isEmpty();
        assertThat(w.applicableTo(personalUse("x@most.gov.vn", "VP", "ACB"), "BANKING", OCT_31)).isEmpty();
    }

    @Test
    void codeWaiverAppliesToOtherChecks() {
        Waivers w = parse("""
                waivers:
                  - { id: W-3, unit: TTTT, code: external_forwarding, reason: r, approver: p }
                """);
        Finding fwd = new Finding("trucban@most.gov.vn", "TTTT", FindingCode.EXTERNAL_FORWARDING, "alerts@vendor.example",
                null, null, null);
        assertThat(w.applicableTo(fwd, null, OCT_31)).isPresent();
        Finding pwd = new Finding("trucban@most.gov.vn", "TTTT", FindingCode.PASSWORD_EXPIRED, "", null, null, null);
        assertThat(w.applicableTo(pwd, null, OCT_31)).isEmpty();
    }

    @Test
    void validationMessagesNameFileEntryAndFix() {
        assertThat(error("waivers:\n  - { mailbox: a@b.vn, code: PERSONAL_USE, reason: r, approver: p }\n"))
                .contains("waivers-under-test.yml", "waiver #1", "'id' is missing", "Fix:");
        assertThat(error("waivers:\n  - { id: W-9, code: PERSONAL_USE, reason: r, approver: p }\n"))
                .contains("waiver #1 'W-9'", "neither a mailbox nor a unit", "Fix:");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, reason: r, approver: p }\n"))
                .contains("'W-9'", "no service, category or code");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, code: PERSONAL, reason: r, approver: p }\n"))
                .contains("'W-9'", "unknown code 'PERSONAL'", "PERSONAL_USE");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, category: BANKS, reason: r, approver: p }\n"))
                .contains("'W-9'", "unknown category 'BANKS'", "BANKING");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, code: PERSONAL_USE, approver: p }\n"))
                .contains("'W-9'", "'reason' is missing");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, code: PERSONAL_USE, reason: r }\n"))
                .contains("'W-9'", "'approver' is missing");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, code: PERSONAL_USE, reason: r, approver: p, until: 31/12/2026 }\n"))
                .contains("'W-9'", "until '31/12/2026' is not a date", "YYYY-MM-DD");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, service: Zalo, code: PASSWORD_EXPIRED, reason: r, approver: p }\n"))
                .contains("only apply to PERSONAL_USE");
        assertThat(error("waivers:\n  - { id: W-9, unit: VP, code: PERSONAL_USE, reason: r, approver: p, mailbx: a@b.vn }\n"))
                .contains("unknown key 'mailbx'");
        assertThat(error("""
                waivers:
                  - { id: W-9, unit: VP, code: PERSONAL_USE, reason: r, approver: p }
                  - { id: w-9, unit: VP, code: PERSONAL_USE, reason: r, approver: p }
                """)).contains("waiver #2 'w-9'", "used twice");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Waivers.load(dir.resolve("absent.yml"))).isInstanceOf(OperatorFileException.class)
                .hasMessageContaining("absent.yml").hasMessageContaining("compliance.waivers");
        Path empty = dir.resolve("empty.yml");
        Files.writeString(empty, "# nothing yet\n");
        assertThat(Waivers.load(empty).all()).isEmpty();
    }
}
