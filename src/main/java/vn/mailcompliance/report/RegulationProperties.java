package vn.mailcompliance.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instrument the findings cite ({@code compliance.regulation}), so that another ministry's rules can be named. The
 * defaults name the Ministry of Science and Technology's rules the product was specified from.
 *
 * @param title      the rules' own title
 * @param instrument the kind of instrument that issued them ("Quyết định", "Thông tư" …)
 * @param number     its number and symbol ("4105/QĐ-BKHCN")
 * @param issuer     who issued it
 * @param date       when: an ISO day ({@code 2019-12-31}) where it is known, otherwise the year ({@code 2019})
 */
@ConfigurationProperties("compliance.regulation")
public record RegulationProperties(
        @DefaultValue("Quy chế quản lý và sử dụng hệ thống Công nghệ thông tin của Bộ Khoa học và Công nghệ")
        String title,
        @DefaultValue("Quyết định") String instrument,
        @DefaultValue("4105/QĐ-BKHCN") String number,
        @DefaultValue("Bộ Khoa học và Công nghệ") String issuer,
        @DefaultValue("2019") String date) {

    public RegulationProperties {
        if (date != null && !date.isBlank() && !date.strip().matches("\\d{4}(-\\d{2}-\\d{2})?")) {
            throw new IllegalArgumentException("compliance.regulation.date '" + date
                    + "' is neither a day (YYYY-MM-DD) nor a year (YYYY)");
        }
    }

    /** The rules the product was specified from: Decision 4105/QĐ-BKHCN (2019) of the Ministry of Science and Technology. */
    public static RegulationProperties mostDecision4105() {
        return new RegulationProperties(
                "Quy chế quản lý và sử dụng hệ thống Công nghệ thông tin của Bộ Khoa học và Công nghệ",
                "Quyết định", "4105/QĐ-BKHCN", "Bộ Khoa học và Công nghệ", "2019");
    }
}
