package vn.mailcompliance.settings;

/**
 * A value read from an operator file with its place, e.g. {@code jobs/waivers.yml: waiver #2 'W-7'}, so that a domain
 * check names the entry as the loader's own checks do.
 */
public record Located<T>(T value, String place) {

    /** "PLACE: PROBLEM. Fix: FIX" */
    public OperatorFileException problem(String problem, String fix) {
        return OperatorFile.problem(place, problem, fix);
    }
}
