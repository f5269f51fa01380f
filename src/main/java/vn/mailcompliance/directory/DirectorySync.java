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

    DirectorySync(DirectorySource source, DirectoryRepository repository) {
        this.source = source;
        this.repository = repository;
    }

    public DirectoryRead synchronize(long jobExecutionId, LocalDateTime now) {
        DirectoryRead read = source.read();
        read.rejections().forEach(r -> log.warn("Directory row rejected: {} row {} ({}): {}",
                r.source(), r.rowNumber(), r.rowKey(), r.reason()));
        repository.store(read, jobExecutionId, now);
        log.info("Directory synchronised: {} units, {} accounts, {} rows rejected",
                read.units().size(), read.accounts().size(), read.rejections().size());
        return read;
    }
}
