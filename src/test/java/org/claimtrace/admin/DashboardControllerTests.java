package org.claimtrace.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ArticleStatus;
import org.claimtrace.claim.ClaimReviewService;
import org.claimtrace.extraction.ExtractionService;
import org.claimtrace.extraction.JobRow;
import org.claimtrace.system.AuditEntry;
import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(DashboardController.class)
class DashboardControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	ExtractionService extraction;

	@MockitoBean
	ClaimReviewService review;

	@MockitoBean
	UserAccountService users;

	@Test
	@WithMockUser(roles = "EDITOR")
	void theDashboardShowsStatusesFailedJobsTheQueueAndActivity() {
		given(this.articles.all(any())).willReturn(Page.empty());
		given(this.articles.countByStatus()).willReturn(Map.of(ArticleStatus.PUBLISHED, 7L, ArticleStatus.DRAFT, 2L));
		given(this.extraction.jobCounts()).willReturn(Map.of("PENDING", 1L, "RUNNING", 0L, "DONE", 9L, "FAILED", 1L));
		given(this.extraction.failedJobs(anyInt())).willReturn(
				List.of(new JobRow(41L, 5L, "Kursk", "FAILED", "SUBMITTED", 5, 5, "OutOfMemoryError: Java heap space",
						"1.1.0", 900L, OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now())));
		given(this.review.awaitingReview()).willReturn(23L);
		given(this.audit.recent(anyInt()))
			.willReturn(List.of(new AuditEntry(1L, OffsetDateTime.now(), "ed", "claim.rejected", "claim", 12L, 5L,
					"{\"reviewStatus\":\"UNREVIEWED\"}", "{\"reviewStatus\":\"REJECTED\"}")));
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"stat\" id=\"awaiting-review\">23</span>")
			.contains("href=\"/admin/claims/review\"")
			.contains("OutOfMemoryError: Java heap space")
			.contains("action=\"/admin/extraction/jobs/41/retry\"")
			.contains("rejected claim #12")
			.contains("<span class=\"stat\">7</span> published");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void retryingAJobThatIsNotFailedIsExplained() {
		given(this.extraction.retry(41L)).willReturn(false);
		assertThat(this.mvc.post().uri("/admin/extraction/jobs/41/retry").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("error", "flash.extraction.notFailed");
	}

}
