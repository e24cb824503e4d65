package org.claimtrace.article.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import org.claimtrace.article.ArticleContent;
import org.claimtrace.article.WebAddress;

/**
 * RSS and Atom feeds (ROME): each item becomes an article — title, link, publication
 * date, content or description as plain text, the feed's title as outlet.
 */
final class FeedReader {

	private FeedReader() {
	}

	/**
	 * @throws IllegalArgumentException when the file is not a feed
	 */
	static List<ImportItem> read(byte[] content) {
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new XmlReader(new ByteArrayInputStream(content)));
		}
		catch (FeedException | IOException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Not a valid RSS or Atom feed: " + JsonLinesReader.shorten(ex.getMessage()), ex);
		}
		String outlet = text(feed.getTitle());
		List<ImportItem> items = new ArrayList<>();
		int number = 0;
		for (SyndEntry entry : feed.getEntries()) {
			number++;
			items.add(item(number, entry, outlet, feed.getLink()));
		}
		return items;
	}

	private static ImportItem item(int number, SyndEntry entry, String feedTitle, String feedLink) {
		String title = text(entry.getTitle());
		String link = (entry.getLink() != null) ? entry.getLink().strip() : null;
		Date published = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		String body = body(entry);
		String outlet = !feedTitle.isBlank() ? feedTitle : host(link != null ? link : feedLink);
		List<String> problems = new ArrayList<>();
		if (title.isBlank()) {
			problems.add("title is missing");
		}
		else if (title.length() > 500) {
			problems.add("title is longer than 500 characters");
		}
		if (link == null || link.isBlank()) {
			problems.add("link is missing");
		}
		else if (!link.matches(WebAddress.HTTP_URL) || link.length() > 2048) {
			problems.add("link is not an http(s) URL");
		}
		if (published == null) {
			problems.add("publication date is missing");
		}
		if (body.isBlank()) {
			problems.add("description and content are empty");
		}
		else if (body.getBytes(StandardCharsets.UTF_8).length > ArticleContent.MAX_BODY_BYTES) {
			problems.add("content is larger than 5 MB");
		}
		if (outlet == null || outlet.isBlank()) {
			problems.add("the feed has no title to use as outlet");
		}
		if (!problems.isEmpty()) {
			return ImportItem.failed(number, String.join("; ", problems));
		}
		String author = (entry.getAuthor() != null && !entry.getAuthor().isBlank()) ? entry.getAuthor().strip() : null;
		if (author != null && author.length() > 300) {
			author = author.substring(0, 300);
		}
		return ImportItem.ok(number, new ArticleContent(title, link,
				outlet.length() > 200 ? outlet.substring(0, 200) : outlet, author, published.toInstant(), body, null));
	}

	private static String body(SyndEntry entry) {
		StringBuilder html = new StringBuilder();
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				html.append(content.getValue()).append("\n");
			}
		}
		if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
			html.append(entry.getDescription().getValue());
		}
		return plainText(html.toString());
	}

	/** HTML to text: paragraphs and line breaks kept as blank lines and newlines. */
	static String plainText(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(html);
		Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
		document.outputSettings(settings);
		document.select("br").after("\\n");
		document.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").before("\\n\\n");
		String marked = document.body().html().replace("\\n", "\n");
		String text = Parser.unescapeEntities(Jsoup.clean(marked, "", Safelist.none(), settings), false);
		return text.replace('\u00a0', ' ')
			.replaceAll("[ \\t]+", " ")
			.replaceAll(" *\n *", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	private static String text(String value) {
		return (value == null) ? "" : plainText(value).replaceAll("\\s+", " ").strip();
	}

	private static String host(String link) {
		try {
			return (link != null) ? URI.create(link.strip()).getHost() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
