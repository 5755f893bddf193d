package nl.netwerkregie.platform;

import java.time.Clock;
import java.time.ZoneId;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.platform.json.Upcasters;
import nl.netwerkregie.platform.personaldata.PersonalDataAccessLog;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.platform.store.EventStoreConfiguration;
import nl.netwerkregie.platform.store.MongoConfiguration;
import nl.netwerkregie.platform.store.ProcessingConfiguration;
import nl.netwerkregie.platform.store.StoreHealthIndicator;
import nl.netwerkregie.platform.web.ApiDocsCustomizer;
import nl.netwerkregie.platform.web.CorrelationFilter;
import nl.netwerkregie.platform.web.ErrorResponses;
import nl.netwerkregie.platform.web.Problems;
import nl.netwerkregie.platform.web.RequestShapeFilter;
import nl.netwerkregie.platform.web.ResponseHeadersFilter;
import nl.netwerkregie.platform.web.WebConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What both services run: the store, the personal-data vault, error responses and correlation ids. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ApiSettings.class)
@Import({
    JsonConfiguration.class,
    Upcasters.class,
    MongoConfiguration.class,
    EventStoreConfiguration.class,
    ProcessingConfiguration.class,
    StoreHealthIndicator.class,
    PersonalDataStore.class,
    PersonalDataAccessLog.class,
    PersonalDataVault.class,
    Problems.class,
    ApiDocsCustomizer.class,
    CorrelationFilter.class,
    ResponseHeadersFilter.class,
    RequestShapeFilter.class,
    WebConfiguration.class,
    ErrorResponses.class,
    nl.netwerkregie.platform.security.ApiSecurity.class,
    nl.netwerkregie.platform.security.RateLimitFilter.class
})
public class PlatformConfiguration {

    /** The municipalities' clock: "today" is a date in the Netherlands, whatever zone the server runs in. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
