package vn.mailcompliance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.mailcompliance.finding.FindingCode;

/**
 * The legal basis of the findings: each code's provisions cited in the regulation's legal form with the instrument of
 * {@code compliance.regulation} ("điểm b khoản 3 Điều 12 Quy chế ban hành kèm theo Quyết định số 4105/QĐ-BKHCN"), and
 * the regulation's own words each code rests on ({@code report/regulation-quotes.properties}, verbatim Vietnamese in
 * every report language).
 */
@Component
public class Regulation {

    /** A provision in the short form of {@link FindingCode#article()}: article, clause, point ({@code 12.3b}). */
    private static final Pattern PROVISION = Pattern.compile("(\\d+)(?:\\.(\\d+)([a-zđ])?)?");

    private final RegulationProperties instrument;
    private final Properties quotes = new Properties();

    public Regulation(RegulationProperties instrument) {
        this.instrument = instrument;
        try (InputStream in = Regulation.class.getResourceAsStream("/report/regulation-quotes.properties")) {
            quotes.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read report/regulation-quotes.properties", e);
        }
    }

    /**
     * The instrument named in full: "Quy chế … ban hành kèm theo Quyết định số 4105/QĐ-BKHCN năm 2019 của Bộ Khoa học
     * và Công nghệ" (in English: "… issued with Decision No. …").
     */
    public String instrumentInFull(Locale locale) {
        boolean vi = isVietnamese(locale);
        String date = instrument.date() == null || instrument.date().isBlank() ? ""
                : instrument.date().length() == 4 ? (vi ? " năm " : " of ") + instrument.date()
                : (vi ? " ngày " : " of ") + LocalDate.parse(instrument.date())
                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return vi
                ? instrument.title() + " ban hành kèm theo " + instrument.instrument() + " số " + instrument.number()
                        + date + " của " + instrument.issuer()
                : instrument.title() + " (the regulation issued with " + instrument.instrument() + " No. "
                        + instrument.number() + date + ", " + instrument.issuer() + ")";
    }

    /** The code's provisions alone ("điểm b khoản 3 Điều 12"; "Article 12.3(b)"); empty for a code that rests on none. */
    public String provisions(FindingCode code, Locale locale) {
        List<String> cited = new ArrayList<>();
        for (String provision : code.article().split(",\\s*")) {
            Matcher m = PROVISION.matcher(provision.strip());
            if (m.matches()) {
                cited.add(isVietnamese(locale) ? vietnamese(m) : english(m));
            }
        }
        if (cited.size() <= 1) {
            return cited.isEmpty() ? "" : cited.get(0);
        }
        String and = isVietnamese(locale) ? " và " : " and ";
        return String.join(", ", cited.subList(0, cited.size() - 1)) + and + cited.get(cited.size() - 1);
    }

    /**
     * The code's provisions cited with the instrument: "điểm b khoản 3 Điều 12 Quy chế ban hành kèm theo Quyết định số
     * 4105/QĐ-BKHCN"; empty for a code that rests on no provision (a coverage gap).
     */
    public String citation(FindingCode code, Locale locale) {
        String provisions = provisions(code, locale);
        if (provisions.isEmpty()) {
            return "";
        }
        return isVietnamese(locale)
                ? provisions + " Quy chế ban hành kèm theo " + instrument.instrument() + " số " + instrument.number()
                : provisions + " of the regulation issued with " + instrument.instrument() + " No. "
                        + instrument.number();
    }

    /** The regulation's own words the code rests on, in Vietnamese. */
    public Optional<String> quote(FindingCode code) {
        return Optional.ofNullable(quotes.getProperty(code.name())).filter(q -> !q.isBlank());
    }

    private static String vietnamese(Matcher m) {
        StringBuilder text = new StringBuilder();
        if (m.group(3) != null) {
            text.append("điểm ").append(m.group(3)).append(' ');
        }
        if (m.group(2) != null) {
            text.append("khoản ").append(m.group(2)).append(' ');
        }
        return text.append("Điều ").append(m.group(1)).toString();
    }

    private static String english(Matcher m) {
        return "Article " + m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))
                + (m.group(3) == null ? "" : "(" + m.group(3) + ")");
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }
}
