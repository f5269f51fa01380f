package vn.mailcompliance.sieve;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mailcompliance.sieve.internal.SieveRedirects;

/** Reads one mailbox's active Sieve script and stores its redirect destinations (or why it could not be read). */
@Component
public class SieveRuleReader {

    /** What one read found: the redirects, or the reason it failed. */
    public record Outcome(String address, List<String> redirects, String failure) {
    }

    private final SieveScripts scripts;
    private final SieveRepository repository;

    SieveRuleReader(SieveScripts scripts, SieveRepository repository) {
        this.scripts = scripts;
        this.repository = repository;
    }

    public boolean enabled() {
        return scripts.enabled();
    }

    public String describe() {
        return scripts.describe();
    }

    public Outcome read(String address, LocalDateTime now) {
        try {
            Optional<SieveScripts.ActiveScript> active = scripts.activeScript(address);
            List<String> redirects = active.map(s -> SieveRedirects.of(s.text())).orElse(List.of());
            repository.record(address, active.map(SieveScripts.ActiveScript::name).orElse(null), redirects, now);
            return new Outcome(address, redirects, null);
        } catch (IOException | RuntimeException e) {
            String reason = "Sieve rules of " + address + " not read from " + scripts.describe() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            repository.failed(address, reason, now);
            return new Outcome(address, List.of(), reason);
        }
    }
}
