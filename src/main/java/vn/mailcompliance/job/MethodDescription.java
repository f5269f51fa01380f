package vn.mailcompliance.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.ComplianceProperties;

/** The settings in force, as the Method sheet lists them, so a reader can tell how each figure was computed. */
@Component
class MethodDescription {

    private final ComplianceProperties settings;

    MethodDescription(ComplianceProperties settings) {
        this.settings = settings;
    }

    Map<String, String> describe() {
        Map<String, String> method = new LinkedHashMap<>();
        method.put("compliance.zone", settings.zone().getId());
        method.put("compliance.organization.domains", String.join(", ", settings.organization().domains()));
        return method;
    }
}
