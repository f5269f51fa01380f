package vn.mailcompliance.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects what a source yields row by row, rejecting the rows that cannot be taken in (invalid or duplicate address)
 * with their source, row number and reason.
 */
final class DirectoryReadBuilder {

    private static final Pattern ADDRESS =
            Pattern.compile("^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$");

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, List<String>> forwardings = new LinkedHashMap<>();
    private final Map<String, List<String>> groupMembers = new LinkedHashMap<>();
    private final List<DirectoryRead.Rejection> rejections = new ArrayList<>();

    /** The address in the form the product stores it, or {@code null} when it is not a mail address. */
    static String normalise(String address) {
        if (address == null) {
            return null;
        }
        String candidate = address.strip().toLowerCase(Locale.ROOT);
        return ADDRESS.matcher(candidate).matches() ? candidate : null;
    }

    /** Takes the account in unless its address is invalid or already read; returns whether it was taken. */
    boolean account(String source, int row, String rawAddress, Account account) {
        if (rawAddress != null && rawAddress.strip().length() > ColumnLimits.ADDRESS) {
            reject(source, row, rawAddress.strip().substring(0, 64) + "…",
                    ColumnLimits.tooLong("the address", rawAddress.strip(), ColumnLimits.ADDRESS).orElseThrow());
            return false;
        }
        if (account.address() == null) {
            reject(source, row, rawAddress, "not a valid mail address");
            return false;
        }
        if (accounts.containsKey(account.address())) {
            reject(source, row, rawAddress, "duplicate address: already read from an earlier row");
            return false;
        }
        Optional<String> tooLong = ColumnLimits.tooLong("the name", account.displayName(), ColumnLimits.TEXT)
                .or(() -> ColumnLimits.tooLong("the unit (department)", account.unitCode(), ColumnLimits.TEXT))
                .or(() -> ColumnLimits.tooLong("the employee id", account.employeeId(), ColumnLimits.TEXT));
        if (tooLong.isPresent()) {
            reject(source, row, rawAddress, tooLong.get());
            return false;
        }
        String department = account.unitCode();
        String unitCode = ColumnLimits.unitCode(department);
        Account stored = unitCode == null || unitCode.equals(department) ? account : account.withUnitCode(unitCode);
        accounts.put(stored.address(), stored);
        if (unitCode != null && !units.containsKey(unitCode)) {
            units.put(unitCode, new Unit(unitCode, department));
        }
        return true;
    }

    void unit(Unit unit) {
        units.put(unit.code(), unit);
    }

    void forwarding(String address, String destination) {
        add(forwardings, address, destination);
    }

    void groupMember(String group, String member) {
        add(groupMembers, group, member);
    }

    void reject(String source, int row, String key, String reason) {
        rejections.add(new DirectoryRead.Rejection(source, row, key, reason));
    }

    boolean has(String address) {
        return accounts.containsKey(address);
    }

    DirectoryRead build() {
        return new DirectoryRead(List.copyOf(units.values()), List.copyOf(accounts.values()), forwardings,
                groupMembers, List.copyOf(rejections));
    }

    private static void add(Map<String, List<String>> pairs, String key, String value) {
        List<String> values = pairs.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }
}
