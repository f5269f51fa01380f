package vn.mailcompliance.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed command line: the command, its own options, and the {@code --key=value} settings handed to Spring.
 */
record Invocation(Command command, Map<String, List<String>> options, List<String> settings, boolean help,
                  boolean version) {

    private static final Pattern SECRET = Pattern.compile("(?i)(password|secret|passphrase)");

    static Invocation parse(String[] args) {
        Command command = null;
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help") && command == null && !help) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (!arg.startsWith("-")) {
                if (command != null) {
                    throw new UsageException("Unexpected argument '" + arg + "' after command '" + command.word()
                            + "'. Run '" + command.word() + " --help' for its options.");
                }
                command = Command.of(arg).orElseThrow(() -> new UsageException("Unknown command '" + arg + "'.\n\n"
                        + Command.overview()));
            } else if (arg.startsWith("--") && arg.contains(".") && arg.contains("=")) {
                settings.add(arg);
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                Command current = command == null ? Command.DEMO : command;
                if (!current.accepts(name)) {
                    throw new UsageException("Unknown option '--" + name + "' for command '" + current.word()
                            + "'. Settings are given as --key=value (e.g. --compliance.imap.host=mail.example.vn);"
                            + " run '" + current.word() + " --help' for its options.");
                }
                if (name.equals("replace") || name.equals("dry-run")) {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                    continue;
                }
                if (value == null) {
                    while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        options.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
                        if (!name.equals("unit")) {
                            break;
                        }
                    }
                    if (!options.containsKey(name)) {
                        throw new UsageException("Option '--" + name + "' needs a value.");
                    }
                } else {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            } else {
                throw new UsageException("Unknown option '" + arg + "'. Run '--help' for the commands.");
            }
        }
        Invocation invocation = new Invocation(command == null ? Command.DEMO : command, options, settings, help,
                version);
        invocation.validate();
        return invocation;
    }

    /** Checks the command's own options before anything starts, so that a typo writes nothing. */
    private void validate() {
        if (help || version) {
            return;
        }
        switch (command) {
            case MONTHLY -> period(YearMonth.of(2000, 1));
            case DAILY -> date("date", LocalDate.EPOCH);
            case AUDIT -> {
                LocalDate from = date("from", null);
                LocalDate to = date("to", null);
                if (to.isBefore(from)) {
                    throw new UsageException("--to " + to + " is before --from " + from + ": give the range in order.");
                }
            }
            default -> {
            }
        }
    }

    YearMonth period(YearMonth previousMonth) {
        String value = single("period");
        if (value == null) {
            return previousMonth;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period '" + value + "' is not a month: write it as YYYY-MM, e.g. 2026-10.");
        }
    }

    LocalDate date(String option, LocalDate fallback) {
        String value = single(option);
        if (value == null) {
            if (fallback == null) {
                throw new UsageException("--" + option + " is required for '" + command.word()
                        + "': write it as YYYY-MM-DD.");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. "
                    + "2026-10-31.");
        }
    }

    /** The keys of passwords and other secrets given as {@code --key=value}, which any user sees in {@code ps}. */
    List<String> secretsOnTheCommandLine() {
        return settings.stream()
                .map(setting -> setting.substring(2, setting.indexOf('=')))
                .filter(Invocation::isSecret)
                .distinct()
                .toList();
    }

    /** A key whose last part names a secret: {@code compliance.imap.master-password}, not {@code compliance.password.max-age}. */
    static boolean isSecret(String key) {
        return SECRET.matcher(key.substring(key.lastIndexOf('.') + 1)).find();
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    boolean flag(String option) {
        return options.containsKey(option);
    }

    private String single(String option) {
        List<String> values = options.get(option);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new UsageException("--" + option + " is given " + values.size() + " times; give it once.");
        }
        return values.get(0);
    }
}
