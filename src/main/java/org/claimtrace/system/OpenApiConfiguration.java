package org.claimtrace.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * API info, the two ways to sign in, and the problem details every operation may answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI claimtraceOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Claimtrace API")
				.version("v1")
				.description(
						"""
								Articles, their extracted claims and bulk imports. Reading published articles needs no sign-in; \
								writing needs an editor's personal API token (Authorization: Bearer ct_..., created under \
								Admin → API tokens) or HTTP Basic. Errors are RFC 9457 problem details \
								(application/problem+json). Writes are rate limited: over the limit the answer is 429 with \
								Retry-After.""")
				.license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("ct_ token")
							.description("Personal API token from Admin → API tokens"))
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Editor's username and password")));
	}

	/** Every operation may answer 400, 401 and 429 with a problem detail. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				addIfAbsent(operation.getResponses(), "400", "Invalid input (field errors under errors)");
				addIfAbsent(operation.getResponses(), "401", "Unknown, revoked or missing credentials");
				addIfAbsent(operation.getResponses(), "429", "Too many requests; see Retry-After");
			}));
		};
	}

	private static void addIfAbsent(io.swagger.v3.oas.models.responses.ApiResponses responses, String code,
			String description) {
		if (responses != null && !responses.containsKey(code)) {
			responses.addApiResponse(code,
					new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema fieldError = new Schema<>().type("object")
			.addProperty("field", new Schema<>().type("string"))
			.addProperty("message", new Schema<>().type("string"));
		return new Schema<>().type("object")
			.description("RFC 9457 problem detail")
			.addProperty("type", new Schema<>().type("string").format("uri"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer").format("int32"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string").format("uri"))
			.addProperty("errors", new Schema<>().type("array").items(fieldError));
	}

}
