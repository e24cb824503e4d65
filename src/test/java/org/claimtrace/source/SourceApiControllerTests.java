package org.claimtrace.source;

import java.util.List;
import java.util.Optional;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebSliceTest(SourceApiController.class)
class SourceApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourceDirectory sources;

	@Test
	void listsSourcesOfAKindAsAPage() {
		given(this.sources.list("MILITARY", 0, 2)).willReturn(new PageImpl<>(
				List.of(new SourceDirectory.SourceSummary(1L, "General Staff", "MILITARY")), PageRequest.of(0, 2), 3));
		assertThat(this.mvc.get().uri("/api/v1/sources?kind=military&size=2")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.items[0].name").isEqualTo("General Staff");
				json.assertThat().extractingPath("$.totalItems").isEqualTo(3);
				json.assertThat()
					.extractingPath("$.links.next")
					.isEqualTo("/api/v1/sources?kind=MILITARY&page=1&size=2");
			});
	}

	@Test
	void badParametersAndUnknownSources() {
		assertThat(this.mvc.get().uri("/api/v1/sources?kind=aliens")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("kind");
		assertThat(this.mvc.get().uri("/api/v1/sources?size=10000")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/sources?page=-1")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/sources?page=x")).hasStatus(400);
		given(this.sources.find(5L)).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/sources/5")).hasStatus(404);
		given(this.sources.find(6L)).willReturn(Optional
			.of(new SourceDirectory.SourceDetails(6L, "GUR", "INTELLIGENCE", "UA", null, null, List.of("HUR"))));
		assertThat(this.mvc.get().uri("/api/v1/sources/6")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.aliases[0]")
			.isEqualTo("HUR");
	}

}
