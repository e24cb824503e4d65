package org.claimtrace.article;

import java.io.IOException;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feed of the newest published articles (ROME). */
@Controller
class ArticleFeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ArticleService articles;

	ArticleFeedController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed(HttpServletRequest request) throws IOException, FeedException {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<ArticleSummary> newest = this.articles.published(PageRequest.of(0, ENTRIES)).getContent();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Claimtrace: newly published articles");
		feed.setDescription("Who claims what, where and when");
		feed.setUri(base + "/feed.atom");
		feed.setLink(base + "/articles");
		SyndLink self = new SyndLinkImpl();
		self.setRel("self");
		self.setType("application/atom+xml");
		self.setHref(base + "/feed.atom");
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setType("text/html");
		alternate.setHref(base + "/articles");
		feed.setLinks(List.of(self, alternate));
		feed.setPublishedDate(newest.isEmpty() ? new Date(0) : Date.from(newest.get(0).publishedAt()));
		feed.setEntries(newest.stream().map((a) -> entry(a, base)).toList());
		String xml = new SyndFeedOutput().outputString(feed, true);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private static SyndEntry entry(ArticleSummary article, String base) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(article.title());
		entry.setUri(base + article.permalink());
		entry.setLink(base + article.permalink());
		entry.setPublishedDate(Date.from(article.publishedAt()));
		entry.setUpdatedDate(Date.from(article.publishedAt()));
		SyndPerson author = new SyndPersonImpl();
		author.setName((article.author() != null) ? article.author() + ", " + article.outlet() : article.outlet());
		entry.setAuthors(List.of(author));
		SyndContent summary = new SyndContentImpl();
		summary.setType("text/plain");
		summary.setValue("Published by " + article.outlet() + ". Original: " + article.url());
		entry.setDescription(summary);
		return entry;
	}

}
