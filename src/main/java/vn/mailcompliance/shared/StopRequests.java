package vn.mailcompliance.shared;

/**
 * Whether the process was asked to stop (SIGTERM to {@code serve}): long-running steps end at their next safe point
 * instead of being cut off, so that the next start resumes them.
 */
public final class StopRequests {

    private static volatile boolean requested;

    private StopRequests() {
    }

    public static void request() {
        requested = true;
    }

    public static boolean requested() {
        return requested;
    }
}
