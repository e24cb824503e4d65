package org.claimtrace.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * An article found by full-text search, with its rank and a snippet split into plain and
 * highlighted parts (templates print each part as text, so nothing in an article can
 * inject markup).
 */
public record SearchHit(Long id, String title, String url, String outlet, Instant publishedAt, double rank,
		List<Snippet> snippet) {

	/**
	 * Highlight marks ts_headline puts around matches (control characters never stored).
	 */
	static final String START = "\u0001";

	static final String STOP = "\u0002";

	public record Snippet(String text, boolean match) {
	}

	public String permalink() {
		return "/articles/" + this.id;
	}

	/** The snippet as HTML: escaped text, matches in {@code <mark>}. */
	public String snippetHtml() {
		return html(this.snippet);
	}

	static String html(List<Snippet> parts) {
		StringBuilder out = new StringBuilder();
		for (Snippet part : parts) {
			String text = HtmlUtils.htmlEscape(part.text());
			out.append(part.match() ? "<mark>" + text + "</mark>" : text);
		}
		return out.toString();
	}

	/** Splits ts_headline output on the START/STOP marks. */
	static List<Snippet> split(String headline) {
		List<Snippet> parts = new ArrayList<>();
		if (headline == null) {
			return parts;
		}
		int at = 0;
		while (at < headline.length()) {
			int start = headline.indexOf(START, at);
			if (start < 0) {
				parts.add(new Snippet(headline.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new Snippet(headline.substring(at, start), false));
			}
			int stop = headline.indexOf(STOP, start + 1);
			if (stop < 0) {
				parts.add(new Snippet(headline.substring(start + 1), true));
				break;
			}
			parts.add(new Snippet(headline.substring(start + 1, stop), true));
			at = stop + 1;
		}
		return parts.stream()
			.map((p) -> new Snippet(p.text().replace(START, "").replace(STOP, ""), p.match()))
			.filter((p) -> !p.text().isEmpty())
			.toList();
	}

}
