package vn.mailcompliance.personaluse;

/** Whether a trusted receiving server vouched for the From domain (RFC 8601 Authentication-Results). */
public enum Authenticity {
    /** aligned dkim=pass or dmarc=pass recorded by a trusted authserv-id */
    AUTHENTICATED,
    /** no trusted verdict either way */
    UNVERIFIED,
    /** a trusted server recorded dmarc=fail, or an aligned dkim=fail without any pass: never counted as evidence */
    SPOOFED
}
