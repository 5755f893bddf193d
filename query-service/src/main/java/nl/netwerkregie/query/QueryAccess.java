package nl.netwerkregie.query;

import static nl.netwerkregie.platform.security.Role.ADMINISTRATOR;
import static nl.netwerkregie.platform.security.Role.AUDITOR;
import static nl.netwerkregie.platform.security.Role.REGIEVOERDER;
import static nl.netwerkregie.platform.security.Role.RESEARCHER;

import nl.netwerkregie.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read what: regievoerders and auditors read everything of their municipalities; researchers read
 * the views (pseudonymised) of municipalities that published for research, but not the history; the
 * personal-data access log and the verification of a theme's history are for auditors (verification also for
 * administrators), a person's access export and projection management for
 * administrators, who also read the settings. The first matching rule decides.
 */
@Configuration(proxyBeanMethods = false)
class QueryAccess {
    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(null, "/v1/projections/**", ADMINISTRATOR)
                .allow(null, "/v1/projections", ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/themes/*/history", REGIEVOERDER, AUDITOR)
                .allow("GET", "/v1/municipalities/*/themes/*/history/*/network", REGIEVOERDER, AUDITOR)
                .allow("GET", "/v1/municipalities/*/themes/*/later-changes", REGIEVOERDER, AUDITOR)
                .allow("GET", "/v1/municipalities/*/themes/*/positions-without-evidence", REGIEVOERDER, AUDITOR)
                .allow("GET", "/v1/municipalities/*/themes/*/verification", AUDITOR, ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/themes/*/matrices/*/verification", AUDITOR, ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/themes/*/audit-export", AUDITOR, ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/audit-export", AUDITOR, ADMINISTRATOR)
                .allow("GET", "/v1/checkpoint-keys", REGIEVOERDER, AUDITOR, ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/personal-data-access-log", AUDITOR)
                .allow("GET", "/v1/municipalities/*/actors/*/personal-data", ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/*/settings", REGIEVOERDER, AUDITOR, RESEARCHER, ADMINISTRATOR)
                .allow("GET", "/v1/municipalities/**", REGIEVOERDER, AUDITOR, RESEARCHER)
                .allow("GET", "/v1/research/**", REGIEVOERDER, AUDITOR, RESEARCHER)
                .build();
    }
}
