package org.claimtrace.article;

import java.security.Principal;

import jakarta.validation.Valid;

import org.claimtrace.system.EditConflictException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

	private static final String FORM = "admin/articles/form";

	private final ArticleService articles;

	ArticleAdminController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	String list(@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", this.articles.all(PageRequests.bounded(pageable)));
		return "admin/articles/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("articleForm", new ArticleForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute ArticleForm articleForm, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			ArticleDetails saved = this.articles.create(articleForm.toContent(), principal.getName());
			redirect.addFlashAttribute("success", "flash.article.created");
			return "redirect:/admin/articles/" + saved.id();
		}
		catch (DuplicateArticleException ex) {
			rejectDuplicate(result, ex, model);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("article", this.articles.details(id));
		return "admin/articles/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		ArticleDetails article = this.articles.details(id);
		model.addAttribute("articleId", id);
		model.addAttribute("articleForm", ArticleForm.of(article));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute ArticleForm articleForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		model.addAttribute("articleId", id);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.articles.update(id, articleForm.toContent(), articleForm.getVersion(), principal.getName());
			redirect.addFlashAttribute("success", "flash.article.updated");
			return "redirect:/admin/articles/" + id;
		}
		catch (DuplicateArticleException ex) {
			rejectDuplicate(result, ex, model);
			return FORM;
		}
		catch (EditConflictException ex) {
			// keep what this editor typed; show what is saved now so nothing is lost
			ArticleDetails saved = this.articles.details(id);
			model.addAttribute("conflict", saved);
			articleForm.setVersion(saved.version());
			result.reject("article.conflict");
			return FORM;
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, Principal principal, RedirectAttributes redirect) {
		this.articles.publish(id, principal.getName());
		redirect.addFlashAttribute("success", "flash.article.published");
		return "redirect:/admin/articles/" + id;
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, Principal principal, RedirectAttributes redirect) {
		this.articles.unpublish(id, principal.getName());
		redirect.addFlashAttribute("success", "flash.article.unpublished");
		return "redirect:/admin/articles/" + id;
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		model.addAttribute("article", this.articles.details(id));
		model.addAttribute("entries", this.articles.history(id));
		return "admin/articles/history";
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable Long id, Model model) {
		model.addAttribute("article", this.articles.details(id));
		return "admin/articles/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Principal principal, RedirectAttributes redirect) {
		this.articles.delete(id, principal.getName());
		redirect.addFlashAttribute("success", "flash.article.deleted");
		return "redirect:/admin/articles";
	}

	private static void rejectDuplicate(BindingResult result, DuplicateArticleException ex, Model model) {
		result.rejectValue(ex.field(), "article.duplicate." + ex.field(), ex.getMessage());
		model.addAttribute("duplicateOf", ex.existingPath());
	}

}
