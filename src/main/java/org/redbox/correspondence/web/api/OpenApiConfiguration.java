package org.redbox.correspondence.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: the API under {@code /api}, called with a bearer token. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Redbox API", version = "1",
		description = "Cases for scripts and council systems. Create a token under API tokens and send it as "
				+ "'Authorization: Bearer <token>'. Errors are problem details (RFC 9457)."))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token from /account/api-tokens")
class OpenApiConfiguration {

	static final String BEARER = "bearer";
}
