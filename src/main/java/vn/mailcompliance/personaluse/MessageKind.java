package vn.mailcompliance.personaluse;

/** What a service's message says about the account, judged from its subject. */
public enum MessageKind {
    /** welcome, confirm or verify the address, activate the account */
    REGISTRATION,
    /** codes, password resets, sign-ins, statements, transactions, orders, deliveries, trips */
    ACCOUNT_ACTIVITY,
    /** anything else: newsletters, promotions */
    MARKETING
}
