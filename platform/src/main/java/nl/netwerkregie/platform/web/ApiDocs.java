package nl.netwerkregie.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The common head of both services' OpenAPI documents; the paths and schemas come from the controllers. */
public final class ApiDocs {
    public static final String VERSION = "0.1.0";

    private ApiDocs() {
    }

    public static OpenAPI openApi(String title, String description) {
        return new OpenAPI()
                .info(new Info()
                        .title(title)
                        .version(VERSION)
                        .description(description)
                        .contact(new Contact().name("Netwerkregie").url("https://netwerkregie.nl").email("api@netwerkregie.nl"))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/en/")));
    }
}
