package vn.mailcompliance.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory as synchronised, as of one run: units, accounts still present in the source, forwardings and group
 * members. Checks read it; they never query the database themselves. Immutable; looking an account up by address is
 * a map look-up, since checks do it for every group member of a directory of any size.
 */
public final class DirectorySnapshot {

    private final List<Unit> units;
    private final List<Account> accounts;
    private final Map<String, List<String>> forwardings;
    private final Map<String, List<String>> groupMembers;
    private final List<DirectoryRead.StaffMember> staffWithoutMailbox;
    private final Map<String, Account> byAddress;
    private final Map<String, List<Account>> unitMailboxesByUnit;

    /**
     * @param forwardings  destinations each address forwards to, by address
     * @param groupMembers members of each group mailbox, by group address
     * @param staffWithoutMailbox current staff of the HR roster without an active personal mailbox (article 12.3b)
     */
    public DirectorySnapshot(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                             Map<String, List<String>> groupMembers, List<DirectoryRead.StaffMember> staffWithoutMailbox) {
        this.staffWithoutMailbox = List.copyOf(staffWithoutMailbox);
        this.units = List.copyOf(units);
        this.accounts = List.copyOf(accounts);
        this.forwardings = Map.copyOf(forwardings);
        this.groupMembers = Map.copyOf(groupMembers);
        Map<String, Account> index = new HashMap<>();
        this.accounts.forEach(account -> index.putIfAbsent(account.address(), account));
        this.byAddress = index;
        this.unitMailboxesByUnit = this.accounts.stream()
                .filter(account -> account.kind() == MailboxKind.UNIT && account.unitCode() != null)
                .collect(Collectors.groupingBy(Account::unitCode));
    }

    /** A directory without an HR roster's staff list. */
    public DirectorySnapshot(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                             Map<String, List<String>> groupMembers) {
        this(units, accounts, forwardings, groupMembers, List.of());
    }

    public List<DirectoryRead.StaffMember> staffWithoutMailbox() {
        return staffWithoutMailbox;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** The addresses the mailbox scan reads ({@link Account#scanScope()}), in address order. */
    public List<String> scannableAddresses() {
        return accounts.stream()
                .filter(account -> account.scanScope().scanned())
                .map(Account::address)
                .sorted()
                .toList();
    }

    public Map<String, List<String>> forwardings() {
        return forwardings;
    }

    public Map<String, List<String>> groupMembers() {
        return groupMembers;
    }

    public Optional<Account> account(String address) {
        return Optional.ofNullable(byAddress.get(address.toLowerCase()));
    }

    /** The unit mailboxes of a unit, active or not, in directory order. */
    public List<Account> unitMailboxesOf(String unitCode) {
        return unitMailboxesByUnit.getOrDefault(unitCode, List.of());
    }

    public List<String> forwardingsOf(String address) {
        return forwardings.getOrDefault(address, List.of());
    }

    public List<String> membersOf(String groupAddress) {
        return groupMembers.getOrDefault(groupAddress, List.of());
    }

    public Map<String, Unit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
    }
}
