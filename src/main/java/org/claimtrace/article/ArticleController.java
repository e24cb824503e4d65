package org.claimtrace.article;

import java.util.ArrayList;
import java.util.List;

import org.claimtrace.claim.ArticleClaims;
import org.claimtrace.system.MapMarkers;

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
		ArticleWithClaims found = this.articles.publishedWithClaims(id);
		List<ArticleText.Mark> marks = new ArrayList<>();
		List<ArticleText.Sentence> sentences = new ArrayList<>();
		for (ArticleClaims.ClaimView claim : found.claims().claims()) {
			marks.add(new ArticleText.Mark(claim.start(), claim.end(), "claim-" + claim.id(),
					"figure figure-" + claim.category(), claim.kind().replace('_', ' ')));
			sentences.add(new ArticleText.Sentence(claim.sentenceStart(), claim.sentenceEnd(),
					List.of("claim-" + claim.id())));
		}
		for (ArticleClaims.AttributionView attribution : found.claims().attributions()) {
			if (attribution.source().start() != null) {
				marks.add(new ArticleText.Mark(attribution.source().start(), attribution.source().end(),
						"source-" + attribution.id(), "speaker",
						(attribution.source().name() != null) ? attribution.source().name() : "source"));
			}
			marks.add(new ArticleText.Mark(attribution.cue().start(), attribution.cue().end(),
					"cue-" + attribution.id(), "cue", attribution.direct() ? "direct quote" : "reported speech"));
		}
		model.addAttribute("article", found.article());
		model.addAttribute("claims", found.claims());
		model.addAttribute("places", ArticlePlaces.of(found.claims().locations()));
		model.addAttribute("paragraphs", ArticleText.paragraphs(found.article().body(), marks, sentences));
		List<MapMarkers.Marker> markers = new ArrayList<>();
		for (ArticleClaims.ClaimView claim : found.claims().claims()) {
			ArticleClaims.PlaceRef place = claim.location();
			if (place != null && place.latitude() != null && place.longitude() != null) {
				markers.add(new MapMarkers.Marker(place.latitude(), place.longitude(), place.name(),
						(place.id() != null) ? "/places/" + place.id() : null));
			}
		}
		for (ArticleClaims.PlaceMentionView place : found.claims().locations()) {
			if (place.latitude() != null && place.longitude() != null) {
				markers.add(new MapMarkers.Marker(place.latitude(), place.longitude(), place.name(),
						(place.locationId() != null) ? "/places/" + place.locationId() : null));
			}
		}
		model.addAttribute("markers", MapMarkers.json(markers));
		model.addAttribute("hasMarkers", !markers.isEmpty());
		return "articles/show";
	}

}
