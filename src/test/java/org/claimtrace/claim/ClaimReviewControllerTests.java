package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimtrace.location.LocationService;
import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(ClaimReviewController.class)
class ClaimReviewControllerTests {

	static final String SENTENCE = "The GUR estimated 200 casualties on the Russian side.";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClaimReviewService review;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/admin/claims/review")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theQueueShowsEachClaimInItsSentenceWithTheFigureMarkedAndTheShortcuts() {
		given(this.review.queue(any())).willReturn(new PageImpl<>(List.of(row(7L, 3L)), PageRequest.of(0, 20), 1));
		assertThat(this.mvc.get().uri("/admin/claims/review?page=-4")).hasStatusOk()
			.bodyText()
			.contains("1 claims await review")
			.contains("<mark class=\"figure\">200</mark>")
			.contains("The GUR estimated ")
			.contains("action=\"/admin/claims/7/approve\"")
			.contains("<kbd>j</kbd>")
			.contains("/js/review.js");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void rejectingWithoutAReasonIsRefusedWithAMessage() {
		given(this.review.claim(7L)).willReturn(row(7L, 3L));
		assertThat(
				this.mvc.post().uri("/admin/claims/7/reject").with(csrf()).param("reason", " ").param("version", "3"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/claims/review")
			.flash()
			.containsEntry("error", "flash.claim.reasonRequired");
		then(this.review).should(never()).reject(anyLong(), anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void approvingFromTheArticlePageReturnsToTheClaim() {
		given(this.review.approve(7L, 3L, "ed")).willReturn(row(7L, 4L));
		assertThat(this.mvc.post()
			.uri("/admin/claims/7/approve")
			.with(csrf())
			.param("version", "3")
			.param("from", "article")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/articles/5/claims#claim-7");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anEditConflictKeepsTheEditorsValuesAndShowsTheSavedOnes() {
		given(this.review.claim(7L)).willReturn(row(7L, 4L));
		given(this.review.correct(eq(7L), any(), eq(3L), any())).willThrow(new EditConflictException("claim", 7L));
		MvcTestResult result = this.mvc.post()
			.uri("/admin/claims/7")
			.with(csrf())
			.param("category", "CASUALTY")
			.param("kind", "wounded")
			.param("valueMin", "31")
			.param("qualifier", "EXACT")
			.param("verification", "NOT_STATED")
			.param("party", "My typed party")
			.param("version", "3")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Another editor saved this claim while you were editing")
			.contains("value=\"My typed party\"")
			.contains("value=\"31\"")
			.contains("What the other editor saved")
			.contains("North Koreans")
			.contains("name=\"version\" value=\"4\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void badValuesAreExplainedPerField() {
		given(this.review.claim(7L)).willReturn(row(7L, 3L));
		MvcTestResult result = this.mvc.post()
			.uri("/admin/claims/7")
			.with(csrf())
			.param("category", "BOGUS")
			.param("kind", "")
			.param("valueMin", "abc")
			.param("qualifier", "EXACT")
			.param("verification", "NOT_STATED")
			.param("version", "3")
			.exchange();
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("claimForm")
			.hasFieldErrors("category", "kind", "valueMin");
		assertThat(result).bodyText().contains("Enter a number, e.g. 12 or 1500.");
		then(this.review).should(never()).correct(anyLong(), any(), anyLong(), anyString());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void thePlaceSearchShowsMatchesAndKeepsWhatWasTyped() {
		given(this.review.claim(7L)).willReturn(row(7L, 3L));
		given(this.review.searchPlaces("Sudzha")).willReturn(List.of(new LocationService.Place(91L, "Sudzha", "RU",
				"Kursk Oblast", "VILLAGE", 51.19, 35.27, 5000, "GEONAMES")));
		MvcTestResult result = this.mvc.post()
			.uri("/admin/claims/7")
			.with(csrf())
			.param("search", "1")
			.param("q", "Sudzha")
			.param("kind", "killed")
			.param("party", "Typed before searching")
			.param("version", "3")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("value=\"Typed before searching\"")
			.contains("id=\"place-91\"")
			.contains("Kursk Oblast");
		then(this.review).should(never()).correct(anyLong(), any(), anyLong(), anyString());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aMissedClaimMustLieInsideTheText() {
		given(this.review.article(5L)).willReturn(new ArticleReview(5L, "Kursk", SENTENCE, "PUBLISHED", List.of()));
		MvcTestResult result = this.mvc.post()
			.uri("/admin/articles/5/claims")
			.with(csrf())
			.param("start", "40")
			.param("end", "400")
			.param("category", "CASUALTY")
			.param("kind", "killed")
			.param("qualifier", "EXACT")
			.param("verification", "NOT_STATED")
			.exchange();
		assertThat(result).hasStatusOk().model().extractingBindingResult("claimForm").hasFieldErrors("start");
		assertThat(result).bodyText().contains("start and end must lie between 0 and " + SENTENCE.length());
		then(this.review).should(never()).add(anyLong(), any(), any(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void aMissedClaimInsideTheTextIsAdded() {
		given(this.review.article(5L)).willReturn(new ArticleReview(5L, "Kursk", SENTENCE, "PUBLISHED", List.of()));
		given(this.review.add(eq(5L), any(), eq(18), eq(21), eq("ed"))).willReturn(row(8L, 0L));
		assertThat(this.mvc.post()
			.uri("/admin/articles/5/claims")
			.with(csrf())
			.param("start", "18")
			.param("end", "21")
			.param("text", "200")
			.param("valueMin", "200")
			.param("category", "CASUALTY")
			.param("kind", "killed_or_wounded")
			.param("qualifier", "ESTIMATE")
			.param("verification", "UNVERIFIED")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/articles/5/claims#claim-8");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theArticlePageShowsTheTextForSelectingAndEveryClaim() {
		given(this.review.article(5L))
			.willReturn(new ArticleReview(5L, "Kursk", SENTENCE, "PUBLISHED", List.of(row(7L, 3L))));
		assertThat(this.mvc.get().uri("/admin/articles/5/claims")).hasStatusOk()
			.bodyText()
			.contains("<div id=\"article-text\" class=\"review-text card\" tabindex=\"0\" role=\"region\"")
			.contains("aria-label=\"Article text: select words to add a claim\">" + SENTENCE + "</div>")
			.contains("form=\"merge-form\"")
			.contains("Add a missed claim");
	}

	static ClaimReviewRow row(Long id, long version) {
		return new ClaimReviewRow(id, 5L, "Kursk", "CASUALTY", "killed_or_wounded", new BigDecimal("200"),
				new BigDecimal("200"), null, "ESTIMATE", "North Koreans", null, "Plekhovo", null, "UNRESOLVED", 2L,
				"GUR", "estimated", "UNVERIFIED", false, SENTENCE, 0, 18, 21, "AUTOMATIC", "UNREVIEWED", null,
				OffsetDateTime.now(), null, null, version);
	}

}
