package vn.mailcompliance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.mailcompliance.cli.CommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MailboxComplianceApplication {

    public static void main(String[] args) {
        System.exit(CommandLine.run(args));
    }
}
