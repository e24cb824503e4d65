package org.claimtrace.article;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the article list and one article. */
@Controller
class ArticleController {

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping({ "/", "/articles" })
	String list(@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("page", this.articles.published(PageRequests.bounded(pageable)));
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("article", this.articles.publishedDetails(id));
		return "articles/show";
	}

}
