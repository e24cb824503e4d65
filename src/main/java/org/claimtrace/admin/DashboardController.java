package org.claimtrace.admin;

import org.claimtrace.article.ArticleService;
import org.claimtrace.system.AuditTrail;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' start page: recent articles and recent activity. */
@Controller
class DashboardController {

	private final ArticleService articles;

	private final AuditTrail audit;

	DashboardController(ArticleService articles, AuditTrail audit) {
		this.articles = articles;
		this.audit = audit;
	}

	@GetMapping("/admin")
	String show(Model model) {
		model.addAttribute("articles", this.articles.all(PageRequest.of(0, 10)));
		model.addAttribute("activity", this.audit.recent(15));
		return "admin/dashboard";
	}

}
