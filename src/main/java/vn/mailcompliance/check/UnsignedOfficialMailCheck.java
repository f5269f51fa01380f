package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 16: staff sign outgoing official mail digitally. A mailbox whose owner must sign
 * ({@code compliance.signing.required-for}, or the roster's {@code signs_mail}) and whose S/MIME-signed share of the
 * period's judged sent mail (all but S/MIME-encrypted, which cannot be judged from outside) is below
 * {@code compliance.signing.min-share}. Details: {@code sent}, {@code signed}, {@code signedShare},
 * {@code minShare}, {@code encrypted}, {@code openPgp}. Nobody must sign by default, so nothing is flagged until the
 * ministry decides.
 */
@Component
class UnsignedOfficialMailCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (!account.active() || account.kind() == MailboxKind.GROUP || !mustSign(account, policy)) {
            return List.of();
        }
        SentMail sent = snapshot.sentMail();
        Double share = sent.signedShare();
        if (share == null || share >= policy.signing().minShare()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        Details details = new Details.UnsignedOfficialMail(sent.sent(), sent.smimeSigned(), share,
                policy.signing().minShare(), sent.smimeEncrypted(), sent.openPgp());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.UNSIGNED_OFFICIAL_MAIL, "",
                details, now, now));
    }

    static boolean mustSign(Account account, Policy policy) {
        return account.signsMail() || policy.signing().requires(account.address());
    }
}
