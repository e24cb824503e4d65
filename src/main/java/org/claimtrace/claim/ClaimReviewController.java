package org.claimtrace.claim;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.claimtrace.location.LocationService;
import org.claimtrace.system.EditConflictException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' review pages: the queue of unreviewed claims, one article's claims with
 * its text, and the claim edit form (with place search).
 */
@Controller
class ClaimReviewController {

	private static final String EDIT = "admin/claims/edit";

	private static final String ARTICLE = "admin/claims/article";

	private final ClaimReviewService review;

	ClaimReviewController(ClaimReviewService review) {
		this.review = review;
	}

	@GetMapping("/admin/claims/review")
	String queue(@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		int number = parsePage(page);
		model.addAttribute("page", this.review.queue(PageRequest.of(number, 20)));
		return "admin/claims/review";
	}

	@GetMapping("/admin/articles/{id}/claims")
	String article(@PathVariable Long id, Model model) {
		if (!model.containsAttribute("claimForm")) {
			ClaimForm form = new ClaimForm();
			model.addAttribute("claimForm", form);
		}
		model.addAttribute("article", this.review.article(id));
		return ARTICLE;
	}

	@PostMapping("/admin/articles/{id}/claims")
	String add(@PathVariable Long id, @Valid @ModelAttribute ClaimForm claimForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		ArticleReview article = this.review.article(id);
		model.addAttribute("article", article);
		Integer start = claimForm.getStart();
		Integer end = claimForm.getEnd();
		if (start == null || end == null || start < 0 || end > article.body().length() || start >= end) {
			result.rejectValue("start", "claim.span.outside", new Object[] { article.body().length() }, null);
		}
		else if (claimForm.getText() != null && !claimForm.getText().isBlank()
				&& !article.body().substring(start, end).equals(claimForm.getText())) {
			result.rejectValue("text", "claim.span.mismatch", new Object[] { article.body().substring(start, end) },
					null);
		}
		if (result.hasErrors()) {
			return ARTICLE;
		}
		ClaimReviewRow added = this.review.add(id, claimForm.toEdit(), start, end, principal.getName());
		redirect.addFlashAttribute("success", "flash.claim.added");
		return "redirect:/admin/articles/" + id + "/claims#claim-" + added.id();
	}

	@PostMapping("/admin/claims/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "from", defaultValue = "queue") String from, Principal principal,
			RedirectAttributes redirect) {
		try {
			ClaimReviewRow claim = this.review.approve(id, version, principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.approved");
			return back(from, claim, false);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("error", "flash.claim.conflict");
			return back(from, this.review.claim(id), true);
		}
	}

	@PostMapping("/admin/claims/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "from", defaultValue = "queue") String from, Principal principal,
			RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("error", "flash.claim.reasonRequired");
			return back(from, this.review.claim(id), true);
		}
		try {
			ClaimReviewRow claim = this.review.reject(id, reason.strip(), version, principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.rejected");
			return back(from, claim, false);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("error", "flash.claim.conflict");
			return back(from, this.review.claim(id), true);
		}
	}

	@PostMapping("/admin/claims/merge")
	String merge(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(name = "articleId") Long articleId, Principal principal, RedirectAttributes redirect) {
		try {
			ClaimReviewRow merged = this.review.merge(ids, principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.merged");
			return "redirect:/admin/articles/" + merged.articleId() + "/claims#claim-" + merged.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "flash.claim.mergeTwo");
			return "redirect:/admin/articles/" + articleId + "/claims";
		}
	}

	@GetMapping("/admin/claims/{id}/edit")
	String editForm(@PathVariable Long id, @RequestParam(name = "q", required = false) String query, Model model) {
		ClaimReviewRow claim = this.review.claim(id);
		model.addAttribute("claimForm", ClaimForm.of(claim));
		searchPlaces(query, model);
		return prepare(claim, model);
	}

	/**
	 * The place search button: shows matches, keeps what the editor typed, saves nothing.
	 */
	@PostMapping(path = "/admin/claims/{id}", params = "search")
	String searchPlace(@PathVariable Long id, @ModelAttribute ClaimForm claimForm, BindingResult result,
			@RequestParam(name = "q", required = false) String query, Model model) {
		ClaimReviewRow claim = this.review.claim(id);
		if (query == null || query.isBlank()) {
			model.addAttribute("searchError", true);
		}
		searchPlaces(query, model);
		return prepare(claim, model);
	}

	private void searchPlaces(String query, Model model) {
		if (query != null && !query.isBlank()) {
			model.addAttribute("q", query.strip());
			model.addAttribute("places", this.review.searchPlaces(query.strip()));
		}
	}

	@PostMapping("/admin/claims/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute ClaimForm claimForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		ClaimReviewRow claim = this.review.claim(id);
		if (result.hasErrors()) {
			return prepare(claim, model);
		}
		try {
			long version = (claimForm.getVersion() != null) ? claimForm.getVersion() : claim.version();
			this.review.correct(id, claimForm.toEdit(), version, principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.edited");
			return "redirect:/admin/articles/" + claim.articleId() + "/claims#claim-" + id;
		}
		catch (EditConflictException ex) {
			// keep what this editor typed; show what is saved now so nothing is lost
			model.addAttribute("conflict", claim);
			claimForm.setVersion(claim.version());
			result.reject("claim.conflict");
			return prepare(claim, model);
		}
		catch (IllegalArgumentException ex) {
			result.reject("claim.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			return prepare(claim, model);
		}
	}

	@PostMapping("/admin/claims/{id}/place")
	String choosePlace(@PathVariable Long id, @RequestParam(name = "locationId", required = false) Long locationId,
			@RequestParam(name = "version", required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		if (locationId == null) {
			redirect.addFlashAttribute("error", "flash.claim.choosePlace");
			return "redirect:/admin/claims/" + id + "/edit";
		}
		try {
			this.review.relocate(id, locationId, version, principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.placeCorrected");
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("error", "flash.claim.conflict");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "flash.claim.choosePlace");
		}
		return "redirect:/admin/claims/" + id + "/edit";
	}

	@PostMapping("/admin/claims/{id}/places")
	String addPlace(@PathVariable Long id, @Valid @ModelAttribute("placeForm") PlaceForm placeForm,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		ClaimReviewRow claim = this.review.claim(id);
		if (result.hasErrors()) {
			model.addAttribute("claimForm", ClaimForm.of(claim));
			return prepare(claim, model);
		}
		try {
			this.review.addPlace(id, placeForm.toPlace(), placeForm.getVersion(), principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.placeAdded");
			return "redirect:/admin/claims/" + id + "/edit";
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("error", "flash.claim.conflict");
			return "redirect:/admin/claims/" + id + "/edit";
		}
	}

	@PostMapping("/admin/claims/{id}/split")
	String split(@PathVariable Long id, @Valid @ModelAttribute("splitForm") SplitForm splitForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		ClaimReviewRow claim = this.review.claim(id);
		if (result.hasErrors()) {
			model.addAttribute("claimForm", ClaimForm.of(claim));
			return prepare(claim, model);
		}
		try {
			this.review.split(id, splitForm.toSplit(), principal.getName());
			redirect.addFlashAttribute("success", "flash.claim.split");
			return "redirect:/admin/articles/" + claim.articleId() + "/claims#claim-" + id;
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("error", "flash.claim.conflict");
			return "redirect:/admin/claims/" + id + "/edit";
		}
		catch (IllegalArgumentException ex) {
			result.reject("claim.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			model.addAttribute("claimForm", ClaimForm.of(claim));
			return prepare(claim, model);
		}
	}

	private String prepare(ClaimReviewRow claim, Model model) {
		model.addAttribute("claim", claim);
		if (!model.containsAttribute("placeForm")) {
			PlaceForm place = new PlaceForm();
			place.setVersion(claim.version());
			model.addAttribute("placeForm", place);
		}
		if (!model.containsAttribute("splitForm")) {
			model.addAttribute("splitForm", SplitForm.of(claim));
		}
		return EDIT;
	}

	private static String back(String from, ClaimReviewRow claim, boolean sameClaim) {
		if ("article".equals(from)) {
			return "redirect:/admin/articles/" + claim.articleId() + "/claims#claim-" + claim.id();
		}
		return "redirect:/admin/claims/review";
	}

	private static int parsePage(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A place the gazetteer lacks. */
	static class PlaceForm {

		@jakarta.validation.constraints.NotBlank(message = "{place.name.required}")
		@jakarta.validation.constraints.Size(max = 200, message = "{place.name.required}")
		private String name;

		@jakarta.validation.constraints.NotNull(message = "{place.latitude.range}")
		@jakarta.validation.constraints.DecimalMin(value = "-90", message = "{place.latitude.range}")
		@jakarta.validation.constraints.DecimalMax(value = "90", message = "{place.latitude.range}")
		private Double latitude;

		@jakarta.validation.constraints.NotNull(message = "{place.longitude.range}")
		@jakarta.validation.constraints.DecimalMin(value = "-180", message = "{place.longitude.range}")
		@jakarta.validation.constraints.DecimalMax(value = "180", message = "{place.longitude.range}")
		private Double longitude;

		@jakarta.validation.constraints.Pattern(regexp = "|[A-Za-z]{2}", message = "{place.country.pattern}")
		private String countryCode;

		@jakarta.validation.constraints.Pattern(regexp = "COUNTRY|REGION|CITY|VILLAGE",
				message = "{place.precision.required}")
		private String precision = "VILLAGE";

		private Long version;

		LocationService.NewPlace toPlace() {
			return new LocationService.NewPlace(this.name, this.latitude, this.longitude, this.countryCode,
					this.precision);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Double getLatitude() {
			return this.latitude;
		}

		public void setLatitude(Double latitude) {
			this.latitude = latitude;
		}

		public Double getLongitude() {
			return this.longitude;
		}

		public void setLongitude(Double longitude) {
			this.longitude = longitude;
		}

		public String getCountryCode() {
			return this.countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public String getPrecision() {
			return this.precision;
		}

		public void setPrecision(String precision) {
			this.precision = precision;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** One claim becomes two: the first figure stays, the second becomes a new claim. */
	static class SplitForm {

		@jakarta.validation.constraints.NotNull(message = "{claim.split.first}")
		@jakarta.validation.constraints.DecimalMin(value = "0", message = "{claim.value.negative}")
		@jakarta.validation.constraints.Digits(integer = 12, fraction = 2, message = "{claim.value.digits}")
		private java.math.BigDecimal firstMin;

		private java.math.BigDecimal firstMax;

		@jakarta.validation.constraints.NotNull(message = "{claim.split.second}")
		@jakarta.validation.constraints.DecimalMin(value = "0", message = "{claim.value.negative}")
		@jakarta.validation.constraints.Digits(integer = 12, fraction = 2, message = "{claim.value.digits}")
		private java.math.BigDecimal secondMin;

		private java.math.BigDecimal secondMax;

		@jakarta.validation.constraints.Pattern(regexp = "[a-z_]*", message = "{claim.kind.pattern}")
		private String secondKind;

		private Long version;

		static SplitForm of(ClaimReviewRow claim) {
			SplitForm form = new SplitForm();
			form.firstMin = ClaimForm.plain(claim.valueMin());
			form.secondMin = ClaimForm.plain(claim.valueMax());
			form.secondKind = claim.kind();
			form.version = claim.version();
			return form;
		}

		ClaimReviewService.ClaimSplit toSplit() {
			return new ClaimReviewService.ClaimSplit(this.firstMin, this.firstMax, this.secondMin, this.secondMax,
					this.secondKind, null, null, this.version);
		}

		public java.math.BigDecimal getFirstMin() {
			return this.firstMin;
		}

		public void setFirstMin(java.math.BigDecimal firstMin) {
			this.firstMin = firstMin;
		}

		public java.math.BigDecimal getFirstMax() {
			return this.firstMax;
		}

		public void setFirstMax(java.math.BigDecimal firstMax) {
			this.firstMax = firstMax;
		}

		public java.math.BigDecimal getSecondMin() {
			return this.secondMin;
		}

		public void setSecondMin(java.math.BigDecimal secondMin) {
			this.secondMin = secondMin;
		}

		public java.math.BigDecimal getSecondMax() {
			return this.secondMax;
		}

		public void setSecondMax(java.math.BigDecimal secondMax) {
			this.secondMax = secondMax;
		}

		public String getSecondKind() {
			return this.secondKind;
		}

		public void setSecondKind(String secondKind) {
			this.secondKind = secondKind;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
