package vn.mailcompliance.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory as synchronised, as of one run: units, accounts still present in the source, forwardings and group
 * members. Checks read it; they never query the database themselves.
 *
 * @param forwardings  destinations each address forwards to, by address
 * @param groupMembers members of each group mailbox, by group address
 * @param staffWithoutMailbox current staff of the HR roster without an active personal mailbox (article 12.3b)
 */
public record DirectorySnapshot(
        List<Unit> units,
        List<Account> accounts,
        Map<String, List<String>> forwardings,
        Map<String, List<String>> groupMembers,
        List<DirectoryRead.StaffMember> staffWithoutMailbox) {

    public DirectorySnapshot {
        units = List.copyOf(units);
        accounts = List.copyOf(accounts);
        forwardings = Map.copyOf(forwardings);
        groupMembers = Map.copyOf(groupMembers);
        staffWithoutMailbox = List.copyOf(staffWithoutMailbox);
    }

    /** A directory without an HR roster's staff list. */
    public DirectorySnapshot(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                             Map<String, List<String>> groupMembers) {
        this(units, accounts, forwardings, groupMembers, List.of());
    }

    public Optional<Account> account(String address) {
        return Optional.ofNullable(byAddress().get(address.toLowerCase()));
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

    private Map<String, Account> byAddress() {
        return accounts.stream().collect(Collectors.toMap(Account::address, Function.identity(), (a, b) -> a));
    }
}
