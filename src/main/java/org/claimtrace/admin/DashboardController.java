package org.claimtrace.admin;

import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimReviewService;
import org.claimtrace.extraction.ExtractionService;
import org.claimtrace.system.AuditTrail;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' start page: articles by status, extraction jobs, claims awaiting review,
 * recent articles and recent activity.
 */
@Controller
class DashboardController {

	private final ArticleService articles;

	private final AuditTrail audit;

	private final ExtractionService extraction;

	private final ClaimReviewService review;

	DashboardController(ArticleService articles, AuditTrail audit, ExtractionService extraction,
			ClaimReviewService review) {
		this.articles = articles;
		this.audit = audit;
		this.extraction = extraction;
		this.review = review;
	}

	@GetMapping("/admin")
	String show(Model model) {
		model.addAttribute("articles", this.articles.all(PageRequest.of(0, 10)));
		model.addAttribute("articleCounts", this.articles.countByStatus());
		model.addAttribute("jobCounts", this.extraction.jobCounts());
		model.addAttribute("failedJobs", this.extraction.failedJobs(10));
		model.addAttribute("awaitingReview", this.review.awaitingReview());
		model.addAttribute("activity", this.audit.recent(15));
		return "admin/dashboard";
	}

	@PostMapping("/admin/extraction/jobs/{id}/retry")
	String retry(@PathVariable Long id, RedirectAttributes redirect) {
		if (this.extraction.retry(id)) {
			redirect.addFlashAttribute("success", "flash.extraction.retried");
		}
		else {
			redirect.addFlashAttribute("error", "flash.extraction.notFailed");
		}
		return "redirect:/admin";
	}

}
