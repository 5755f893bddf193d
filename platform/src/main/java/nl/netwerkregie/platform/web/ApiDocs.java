package nl.netwerkregie.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The common head of both services' OpenAPI documents; the paths and schemas come from the controllers. */
public final class ApiDocs {
    /**
     * An account identifier as events record it (a token's subject): a letter or digit, then up to 99 letters,
     * digits, {@code .}, {@code _} or {@code -}. No {@code @}: it cannot hold an e-mail address.
     */
    public static final String ACCOUNT_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    public static final String VERSION = "0.1.0";

    private ApiDocs() {}

    public static OpenAPI openApi(String title, String description) {
        return new OpenAPI()
                .info(new Info()
                        .title(title)
                        .version(VERSION)
                        .description(description)
                        .contact(new Contact()
                                .name("Netwerkregie")
                                .url("https://netwerkregie.nl")
                                .email("api@netwerkregie.nl"))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/en/")));
    }
}
