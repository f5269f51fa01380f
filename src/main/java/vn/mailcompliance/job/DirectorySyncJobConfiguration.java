package vn.mailcompliance.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code sync} command: the directory synchronisation of the monthly job, on its own. */
@Configuration
class DirectorySyncJobConfiguration {

    static final String JOB_NAME = "directorySyncJob";

    @Bean
    Job directorySyncJob(JobRepository jobRepository, Step syncDirectoryStep, ExecutionOwners owners) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owners.jobListener())
                .start(syncDirectoryStep)
                .build();
    }
}
