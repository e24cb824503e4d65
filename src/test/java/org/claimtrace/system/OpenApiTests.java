package org.claimtrace.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is public, valid, and documents the API as clients need it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void theApiDocumentIsValidOpenApiWithTheArticleAndImportOperations() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);

		SwaggerParseResult result = new OpenAPIParser().readContents(docs.body(), null, null);
		assertThat(result.getMessages()).as("parser messages").isEmpty();
		OpenAPI api = result.getOpenAPI();
		assertThat(api.getInfo().getTitle()).isEqualTo("Claimtrace API");
		assertThat(api.getPaths()).containsKeys("/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/imports",
				"/api/v1/imports/{id}");
		assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearer", "basic");
		assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");

		Operation create = api.getPaths().get("/api/v1/articles").getPost();
		assertThat(create.getRequestBody().getContent().get("application/json").getExamples()).isNotEmpty();
		assertThat(create.getResponses()).containsKeys("201", "400", "401", "409", "429");
		assertThat(create.getResponses().get("400").getContent()).containsKey("application/problem+json");
		Operation update = api.getPaths().get("/api/v1/articles/{id}").getPut();
		assertThat(update.getResponses()).containsKeys("200", "409");
		assertThat(api.getPaths().get("/api/v1/articles/{id}").getDelete()).isNotNull();
		assertThat(api.getPaths().get("/api/v1/articles").getGet().getParameters())
			.extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
			.contains("outlet", "from", "to", "q", "page", "size");
	}

	@Test
	void swaggerUiIsServedWithoutSigningIn() throws Exception {
		HttpResponse<String> ui = get("/swagger-ui.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
