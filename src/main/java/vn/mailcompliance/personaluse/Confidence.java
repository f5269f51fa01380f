package vn.mailcompliance.personaluse;

/** How sure a personal-use finding is. */
public enum Confidence {
    /** at least one authenticated registration or account-activity message */
    CONFIRMED,
    /** unauthenticated registration or account activity, or at least two marketing messages */
    PROBABLE
}
