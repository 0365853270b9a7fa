package org.redbox.correspondence.web.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: the API under {@code /api}, called with a bearer
 * token, every case operation listing the problems (RFC 9457) it may answer with.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Redbox API", version = "1",
		description = "Cases for scripts and council systems. Create a token under API tokens and send it as "
				+ "'Authorization: Bearer <token>'. Errors are problem details (RFC 9457)."))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token from /account/api-tokens")
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	private static final Map<String, String> PROBLEMS = Map.of(
			"400", "Bad input: 'parameter' names the field at fault; nothing was changed",
			"401", "No credentials, or an unknown or revoked token",
			"403", "Your role may not take this action on this case",
			"404", "No such case, or one you may not see",
			"409", "The case's stage does not allow this");

	@Bean
	OpenApiCustomizer caseProblems() {
		return api -> {
			api.getComponents().addSchemas("Problem", problemSchema());
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/cases")) {
					item.readOperations().forEach(OpenApiConfiguration::addProblems);
				}
			});
		};
	}

	private static void addProblems(Operation operation) {
		var content = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
		PROBLEMS.forEach((status, description) -> operation.getResponses()
				.addApiResponse(status, new ApiResponse().description(description).content(content)));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("A problem detail (RFC 9457)")
				.addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema())
				.addProperty("parameter", new StringSchema().description("The field at fault (400 only)"));
	}
}
