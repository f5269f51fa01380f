package vn.mailcompliance.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.shared.AsciiKeys;

/**
 * Whether an outside address looks like the mailbox owner's own: its local part, with diacritics folded ("Nguyễn" is
 * "nguyen", "Đ" is "d"), case and punctuation ignored, is the owner's name in a usual order (nguyenvanan,
 * annguyenvan, annguyen, nguyenan, annv), the official address's local part, either followed by digits only
 * (nguyenvanan1985), or it contains the owner's employee id.
 */
final class OwnAddress {

    /** A shorter employee id or name would match strangers' addresses by chance. */
    private static final int SHORTEST = 4;

    private OwnAddress() {
    }

    /** How {@code outside} matches the owner of {@code account} ({@code name}, {@code officialAddress}, {@code employeeId}), if it does. */
    static Optional<String> matchedBy(Account account, String outside) {
        int at = outside.indexOf('@');
        String local = AsciiKeys.of(at < 0 ? outside : outside.substring(0, at));
        if (local.length() < SHORTEST) {
            return Optional.empty();
        }
        String officialLocal = AsciiKeys.of(account.address().substring(0, account.address().indexOf('@')));
        if (officialLocal.length() >= SHORTEST && sameOrNumbered(local, officialLocal)) {
            return Optional.of("officialAddress");
        }
        for (String candidate : nameForms(account.displayName())) {
            if (candidate.length() >= SHORTEST && sameOrNumbered(local, candidate)) {
                return Optional.of("name");
            }
        }
        String employeeId = account.employeeId() == null ? "" : AsciiKeys.of(account.employeeId());
        if (employeeId.length() >= SHORTEST && local.contains(employeeId)) {
            return Optional.of("employeeId");
        }
        return Optional.empty();
    }

    private static boolean sameOrNumbered(String local, String candidate) {
        return local.startsWith(candidate) && local.substring(candidate.length()).chars().allMatch(Character::isDigit);
    }

    /** Vietnamese names are family, middle, given: "Nguyễn Văn An". */
    static Set<String> nameForms(String displayName) {
        Set<String> forms = new LinkedHashSet<>();
        if (displayName == null) {
            return forms;
        }
        List<String> tokens = Arrays.stream(displayName.strip().split("\\s+")).map(AsciiKeys::of)
                .filter(t -> !t.isEmpty()).toList();
        if (tokens.size() < 2) {
            return forms;
        }
        String given = tokens.get(tokens.size() - 1);
        List<String> others = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
        String family = tokens.get(0);
        StringBuilder initials = new StringBuilder();
        others.forEach(t -> initials.append(t.charAt(0)));
        forms.add(String.join("", tokens));
        forms.add(given + String.join("", others));
        forms.add(given + family);
        forms.add(family + given);
        forms.add(given + initials);
        forms.add(initials + given);
        return forms;
    }
}
