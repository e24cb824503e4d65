package org.claimtrace.claim;

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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ClaimApiController.class)
class ClaimApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClaimExplorer explorer;

	@Test
	void listsClaimsAsAPageWithLinks() {
		given(this.explorer.find(any()))
			.willReturn(new PageImpl<>(List.of(ClaimRows.deployed(9)), PageRequest.of(1, 1), 3));
		assertThat(this.mvc.get().uri("/api/v1/claims?kind=deployed&page=1&size=1")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.items[0].id").isEqualTo(9);
				json.assertThat().extractingPath("$.items[0].valueMin").isEqualTo(11000);
				json.assertThat().extractingPath("$.items[0].location.name").isEqualTo("Kursk");
				json.assertThat().extractingPath("$.items[0].source.kind").isEqualTo("intelligence");
				json.assertThat().extractingPath("$.items[0].article.outlet").isEqualTo("Financial Times");
				json.assertThat().extractingPath("$.items[0].reviewStatus").isEqualTo("unreviewed");
				json.assertThat().extractingPath("$.page").isEqualTo(1);
				json.assertThat().extractingPath("$.size").isEqualTo(1);
				json.assertThat().extractingPath("$.totalItems").isEqualTo(3);
				json.assertThat().extractingPath("$.totalPages").isEqualTo(3);
				json.assertThat()
					.extractingPath("$.links.next")
					.isEqualTo("/api/v1/claims?kind=deployed&sort=published&dir=desc&page=2&size=1");
				json.assertThat()
					.extractingPath("$.links.prev")
					.isEqualTo("/api/v1/claims?kind=deployed&sort=published&dir=desc&page=0&size=1");
			});
	}

	@Test
	void badParametersAreA400ProblemWithEveryError() {
		assertThat(this.mvc.get().uri("/api/v1/claims?page=-1&size=10000&from=yesterday&category=x")).hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.title").isEqualTo("Invalid parameters");
				json.assertThat()
					.extractingPath("$.errors[*].field")
					.asArray()
					.containsExactlyInAnyOrder("page", "size", "from", "category");
			});
		assertThat(this.mvc.get().uri("/api/v1/search")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(this.mvc.get().uri("/api/v1/claims/abc")).hasStatus(400);
	}

	@Test
	void oneClaimOr404() {
		given(this.explorer.findById(9L)).willReturn(Optional.of(ClaimRows.deployed(9)));
		given(this.explorer.findById(8L)).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/claims/9")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.sentence").asString().startsWith("The GUR said");
			json.assertThat().extractingPath("$.start").isEqualTo(113);
			json.assertThat().extractingPath("$.end").isEqualTo(118);
			json.assertThat().extractingPath("$.hedged").isEqualTo(true);
		});
		assertThat(this.mvc.get().uri("/api/v1/claims/8")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Not found");
	}

}
