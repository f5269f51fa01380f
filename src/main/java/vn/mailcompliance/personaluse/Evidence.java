package vn.mailcompliance.personaluse;

import java.time.Instant;

/** One message attributed to a personal service: the least that proves it, never the body. */
public record Evidence(
        String service,
        Category category,
        MessageKind kind,
        Authenticity authenticity,
        Instant receivedAt,
        String subject,
        String folder,
        long uidValidity,
        long uid) {
}
