package vn.mailcompliance.directory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

/**
 * Streams the accounts of an {@link AccountScope} from a cursor over the present accounts of its kinds and range,
 * leaving out in Java what the scope excludes, so that the scan rule is written once ({@link Account#scanScope()}).
 */
final class ScopedAccountReader implements ItemStreamReader<Account> {

    private final JdbcCursorItemReader<Account> cursor;
    private final AccountScope scope;

    ScopedAccountReader(JdbcCursorItemReader<Account> cursor, AccountScope scope) {
        this.cursor = cursor;
        this.scope = scope;
    }

    @Override
    public synchronized Account read() throws Exception {
        Account account = cursor.read();
        while (account != null && !scope.includes(account)) {
            account = cursor.read();
        }
        return account;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        cursor.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        cursor.update(executionContext);
    }

    @Override
    public void close() {
        cursor.close();
    }
}
