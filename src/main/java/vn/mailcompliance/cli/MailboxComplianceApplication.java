package vn.mailcompliance.cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.mailcompliance.cli.CommandLine;

/**
 * The application: every feature module under {@code vn.mailcompliance} is scanned for its components and settings
 * records, wherever this class lives (it belongs to the command line it starts).
 */
@SpringBootApplication(scanBasePackages = "vn.mailcompliance")
@ConfigurationPropertiesScan("vn.mailcompliance")
public class MailboxComplianceApplication {

    public static void main(String[] args) {
        System.exit(CommandLine.run(args));
    }
}
