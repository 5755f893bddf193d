package nl.netwerkregie.command;

import static nl.netwerkregie.platform.security.Role.ADMINISTRATOR;
import static nl.netwerkregie.platform.security.Role.REGIEVOERDER;

import nl.netwerkregie.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may record what: a regievoerder records for its municipalities; settings (the default chain, judgement
 * scales, publication for research) and the erasure of a person are for administrators; a person's data
 * may be rectified by either. The first matching rule decides.
 */
@Configuration(proxyBeanMethods = false)
class CommandAccess {
    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(null, "/v1/municipalities/*/settings/**", ADMINISTRATOR)
                .allow("POST", "/v1/municipalities/*/actors/*/erasure", ADMINISTRATOR)
                .allow("PUT", "/v1/municipalities/*/actors/*/personal-data", REGIEVOERDER, ADMINISTRATOR)
                .allow(null, "/v1/municipalities/**", REGIEVOERDER)
                .build();
    }
}
