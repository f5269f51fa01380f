package vn.mailcompliance.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.BacklogProperties;

/** The settings in force, as the Method sheet lists them, so a reader can tell how each figure was computed. */
@Component
class MethodDescription {

    private final ComplianceProperties settings;
    private final BacklogProperties backlog;

    MethodDescription(ComplianceProperties settings, BacklogProperties backlog) {
        this.settings = settings;
        this.backlog = backlog;
    }

    Map<String, String> describe() {
        Map<String, String> method = new LinkedHashMap<>();
        method.put("compliance.zone", settings.zone().getId());
        method.put("compliance.organization.domains", String.join(", ", settings.organization().domains()));
        method.put("compliance.backlog.sla-working-days", String.valueOf(backlog.slaWorkingDays()));
        method.put("compliance.backlog.check-time", backlog.checkTime().toString());
        return method;
    }
}
