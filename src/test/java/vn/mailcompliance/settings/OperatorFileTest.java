package vn.mailcompliance.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.FileSystemResource;

import vn.mailcompliance.settings.OperatorFile.Entry;
import vn.mailcompliance.settings.OperatorFile.Required;

class OperatorFileTest {

    record Roster(@Required(fix = "list the people, each with a name.") List<Located<Person>> people,
                  Map<LocalDate, String> daysOff) {
    }

    @Entry(noun = "person", namedBy = "name")
    record Person(@Required(fix = "give every person a name.") String name,
                  @Required(fix = "say which month, e.g. joined: 2026-01-05.") LocalDate joined,
                  List<String> aliases,
                  Month month,
                  Integer desk) {
    }

    record Notes(List<String> lines) {
    }

    static Roster parse(String yaml) {
        return OperatorFile.parse(new StringReader(yaml), "roster.yml", Roster.class);
    }

    static String error(String yaml) {
        return catchThrowableOfType(OperatorFileException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void entriesAreBoundToRecordsWithTheirPlace() {
        Roster roster = parse("""
                people:
                  - { name: An, joined: 2026-01-05, aliases: an.nv, month: january, desk: 4 }
                  - name: Bình
                    joined: "2026-02-01"
                days-off:
                  2026-09-02: Quốc khánh
                """);

        assertThat(roster.people()).extracting(Located::value).containsExactly(
                new Person("An", LocalDate.of(2026, 1, 5), List.of("an.nv"), Month.JANUARY, 4),
                new Person("Bình", LocalDate.of(2026, 2, 1), List.of(), null, null));
        assertThat(roster.people().get(1).place()).isEqualTo("roster.yml: person #2 'Bình'");
        assertThat(roster.daysOff()).containsExactly(Map.entry(LocalDate.of(2026, 9, 2), "Quốc khánh"));
        assertThat(roster.people().get(1).problem("the name is taken", "choose another.").getMessage())
                .isEqualTo("roster.yml: person #2 'Bình': the name is taken. Fix: choose another.");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                arguments("an unknown key of an entry", "people:\n  - { name: An, joined: 2026-01-05, alias: an.nv }\n",
                        "roster.yml: person #1 'An': unknown key 'alias'. Fix: use only aliases, desk, joined, month,"
                                + " name."),
                arguments("an unknown key at the top", "people: [{ name: An, joined: 2026-01-05 }]\nholidays: {}\n",
                        "roster.yml: unknown key 'holidays'. Fix: use only days-off, people."),
                arguments("a mapping for a list", "people:\n  - { name: An, joined: 2026-01-05, aliases: { a: b } }\n",
                        "roster.yml: person #1 'An': 'aliases' must be a list. Fix: write aliases: [a, b]."),
                arguments("a list for a text", "people:\n  - { name: [An], joined: 2026-01-05 }\n",
                        "roster.yml: person #1: 'name' must be a text, not a list. Fix: write name: followed by its"
                                + " value on one line."),
                arguments("a date in another form", "people:\n  - { name: An, joined: 05/01/2026 }\n",
                        "roster.yml: person #1 'An': joined '05/01/2026' is not a date. Fix: write it as YYYY-MM-DD,"
                                + " e.g. 2026-12-31."),
                arguments("a word for a number", "people:\n  - { name: An, joined: 2026-01-05, desk: four }\n",
                        "roster.yml: person #1 'An': 'desk' must be a whole number. Fix: write e.g. desk: 1."),
                arguments("an unknown constant", "people:\n  - { name: An, joined: 2026-01-05, month: jan }\n",
                        "roster.yml: person #1 'An': unknown month 'jan'. Fix: use one of [JANUARY, FEBRUARY, MARCH,"
                                + " APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER]."),
                arguments("a mapping for the entries", "people: { name: An }\n",
                        "roster.yml: 'people' must be a list. Fix: start each entry with '- name: …'."),
                arguments("a text for an entry", "people:\n  - An\n",
                        "roster.yml: person #1: not a mapping. Fix: write '- name: …' followed by its fields."),
                arguments("a key that is not a date", "people: [{ name: An, joined: 2026-01-05 }]\ndays-off:\n"
                        + "  2026-13-01: nowhere\n", "roster.yml: days-off: '2026-13-01' is not a date. Fix: write it"
                        + " as YYYY-MM-DD, e.g. 2026-12-31."),
                arguments("a missing required key", "people:\n  - { name: An }\n",
                        "roster.yml: person #1 'An': 'joined' is missing. Fix: say which month, e.g. joined:"
                                + " 2026-01-05."),
                arguments("a blank name", "people:\n  - { name: \" \", joined: 2026-01-05 }\n",
                        "roster.yml: person #1: 'name' is missing. Fix: give every person a name."),
                arguments("an empty required list", "people: []\n",
                        "roster.yml: 'people' is missing. Fix: list the people, each with a name."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsNamedWithItsEntryTheProblemAndTheFix(String problem, String yaml, String message) {
        assertThat(error(yaml)).isEqualTo(message);
    }

    @Test
    void anEmptyFileIsAnErrorOnlyWhenAKeyIsRequired() {
        assertThat(error("# nobody yet\n")).isEqualTo(
                "roster.yml: the file is empty. Fix: list the people, each with a name.");
        assertThat(OperatorFile.parse(new StringReader(""), "notes.yml", Notes.class).lines()).isEmpty();
    }

    @Test
    void brokenYamlIsNamedWithThePosition() {
        assertThat(error("people: [ { name: An")).startsWith("roster.yml: not valid YAML: ")
                .contains("line 1").endsWith("Fix: correct the syntax at the position shown (indentation, quotes, duplicate keys).");
        assertThat(error("people: []\npeople: []\n")).contains("not valid YAML", "duplicate key people");
    }

    @Test
    void aFileThatDoesNotExistNamesTheSetting(@TempDir Path dir) {
        Path absent = dir.resolve("absent.yml");

        assertThatThrownBy(() -> OperatorFile.read(new FileSystemResource(absent), "compliance.roster", Roster.class))
                .isInstanceOf(OperatorFileException.class)
                .hasMessage(absent + ": the file does not exist. Fix: restore it, or point compliance.roster to your own file.");
    }
}
