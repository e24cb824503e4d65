package org.claimtrace.claim;

import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@WebSliceTest(ClaimReviewApiController.class)
class ClaimReviewApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClaimReviewService review;

	@Test
	void anonymousReviewIsRejectedWith401() {
		assertThat(this.mvc.post().uri("/api/v1/claims/7/approve")).hasStatus(401);
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void approvingAnswersTheClaimWithItsReviewStatusAndVersion() {
		given(this.review.approve(7L, null, "ed")).willReturn(ClaimReviewControllerTests.row(7L, 4L));
		var result = this.mvc.post().uri("/api/v1/claims/7/approve");
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.reviewStatus").isEqualTo("unreviewed");
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(4);
		assertThat(result).bodyJson().extractingPath("$.figure").isEqualTo("200");
		assertThat(result).bodyJson().extractingPath("$.source.name").isEqualTo("GUR");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rejectingWithoutAReasonIs400WithTheField() {
		var result = this.mvc.post()
			.uri("/api/v1/claims/7/reject")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"\"}");
		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aStaleVersionIs409ProblemDetail() {
		given(this.review.correct(eq(7L), any(), eq(2L), any())).willThrow(new EditConflictException("claim", 7L));
		var result = this.mvc.put().uri("/api/v1/claims/7").contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"casualty","kind":"killed","valueMin":30,"qualifier":"exact","version":2}""");
		assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Edit conflict");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anUpdateWithoutAVersionIs400() {
		assertThat(this.mvc.put().uri("/api/v1/claims/7").contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"casualty","kind":"killed"}""")).hasStatus(400);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anUnknownClaimIs404AndBadValuesAre400() {
		given(this.review.approve(eq(99L), any(), any())).willThrow(ClaimNotFoundException.forId(99L));
		assertThat(this.mvc.post().uri("/api/v1/claims/99/approve")).hasStatus(404);
		given(this.review.add(eq(5L), any(), any(), any(), any()))
			.willThrow(new IllegalArgumentException("The span 0–900 is not inside the article's text (0–40)"));
		var result = this.mvc.post()
			.uri("/api/v1/articles/5/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start":0,"end":900,"category":"casualty","kind":"killed","valueMin":3}""");
		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("not inside");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void mergingNeedsExactlyTwoIds() {
		assertThat(this.mvc.post().uri("/api/v1/claims/merge").contentType(MediaType.APPLICATION_JSON).content("""
				{"ids":[1]}""")).hasStatus(400);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void hugeOrNegativeFiguresAre400NotAServerError() {
		assertThat(this.mvc.put().uri("/api/v1/claims/7").contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"casualty","kind":"killed","valueMin":1e15,"version":2}""")).hasStatus(400);
		assertThat(this.mvc.post().uri("/api/v1/claims/7/split").contentType(MediaType.APPLICATION_JSON).content("""
				{"firstMin":-1,"secondMin":3}""")).hasStatus(400);
	}

}
