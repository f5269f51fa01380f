package vn.mailcompliance.directory;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reads the configured directory source and stores what it yields, logging every rejected row. */
@Service
public class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final DirectorySource source;
    private final DirectoryRepository repository;
    /** What was last logged: a run of many jobs in one process (the demo's month, serve) logs a directory once. */
    private volatile DirectoryRead lastLogged;

    DirectorySync(DirectorySource source, DirectoryRepository repository) {
        this.source = source;
        this.repository = repository;
    }

    public DirectoryRead synchronize(long jobExecutionId, LocalDateTime now) {
        DirectoryRead read = source.read();
        repository.store(read, jobExecutionId, now);
        String summary = "%d units, %d accounts, %d rows rejected".formatted(read.units().size(),
                read.accounts().size(), read.rejections().size());
        if (read.equals(lastLogged)) {
            log.debug("Directory synchronised, unchanged: {}", summary);
        } else {
            read.rejections().forEach(r -> log.warn("Directory row rejected: {} row {} ({}): {}",
                    r.source(), r.rowNumber(), r.rowKey(), r.reason()));
            log.info("Directory synchronised: {}", summary);
            lastLogged = read;
        }
        return read;
    }
}
