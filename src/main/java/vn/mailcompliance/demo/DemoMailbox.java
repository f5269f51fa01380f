package vn.mailcompliance.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.mailcompliance.directory.MailboxKind;

/**
 * A mailbox row of the demo ministry, as iRedMail stores it plus what the HR roster knows.
 *
 * @param passwordLastChange iRedMail's {@code passwordlastchange}: its default {@link DemoMinistry#NEVER}, or equal
 *                           to {@code created}, when the initial password was never changed
 * @param lastLogin          the last IMAP login as a Unix time, {@code null} when never logged in
 * @param forwardTo          an address outside the ministry that the mailbox forwards to, or {@code null}
 */
record DemoMailbox(
        String address,
        String name,
        String unitCode,
        MailboxKind kind,
        String employeeId,
        boolean active,
        LocalDateTime created,
        LocalDateTime passwordLastChange,
        Long lastLogin,
        LocalDate leftOn,
        String forwardTo) {

    String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    DemoMailbox leaving(LocalDate day, boolean stillActive) {
        return new DemoMailbox(address, name, unitCode, kind, employeeId, stillActive, created, passwordLastChange,
                lastLogin, day, forwardTo);
    }

    DemoMailbox forwardingTo(String external) {
        return new DemoMailbox(address, name, unitCode, kind, employeeId, active, created, passwordLastChange,
                lastLogin, leftOn, external);
    }

    DemoMailbox lastLoggedIn(long unixTime) {
        return new DemoMailbox(address, name, unitCode, kind, employeeId, active, created, passwordLastChange,
                unixTime, leftOn, forwardTo);
    }

    DemoMailbox at(String otherAddress) {
        return new DemoMailbox(otherAddress, name, unitCode, kind, employeeId, active, created, passwordLastChange,
                lastLogin, leftOn, null);
    }
}
