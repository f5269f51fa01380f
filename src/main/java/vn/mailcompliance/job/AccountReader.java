package vn.mailcompliance.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import vn.mailcompliance.directory.Account;

/**
 * Reads the accounts of the run's directory, already in memory, one by one. It counts what it handed out in the
 * step's execution context, so a restarted step goes on after the accounts whose findings were already stored (the
 * list is in a stable order: the same directory gives the same list).
 */
class AccountReader extends AbstractItemCountingItemStreamItemReader<Account> {

    private final List<Account> accounts;
    private int next;

    AccountReader(List<Account> accounts) {
        this.accounts = accounts;
        setName("accountReader");
    }

    @Override
    protected Account doRead() {
        return next < accounts.size() ? accounts.get(next++) : null;
    }

    @Override
    protected void doOpen() {
        next = 0;
    }

    @Override
    protected void doClose() {
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }
}
