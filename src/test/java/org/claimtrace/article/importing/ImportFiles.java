package org.claimtrace.article.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Generated import files: distinct articles, with bad lines where a test wants them. */
public final class ImportFiles {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Line numbers of the three bad lines in {@link #twentyWithThreeBad(String)}. */
	public static final int[] BAD_LINES = { 4, 9, 15 };

	private ImportFiles() {
	}

	/**
	 * 20 lines: 17 articles, line 4 is not JSON, line 9 has no title, line 15 has a bad
	 * date.
	 */
	public static byte[] twentyWithThreeBad(String tag) {
		StringBuilder file = new StringBuilder();
		for (int line = 1; line <= 20; line++) {
			Map<String, Object> article = article(tag, line);
			String text = switch (line) {
				case 4 -> "{\"title\": \"Broken line\", \"url\": ";
				case 9 -> {
					article.remove("title");
					yield json.writeValueAsString(article);
				}
				case 15 -> {
					article.put("publishedAt", "17/12/2024");
					yield json.writeValueAsString(article);
				}
				default -> json.writeValueAsString(article);
			};
			file.append(text).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** {@code count} good lines, numbered from 1. */
	public static byte[] good(String tag, int count) {
		StringBuilder file = new StringBuilder();
		for (int line = 1; line <= count; line++) {
			file.append(json.writeValueAsString(article(tag, line))).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static String url(String tag, int line) {
		return "https://import.example.org/" + tag + "/story-" + line;
	}

	public static Map<String, Object> article(String tag, int line) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("title", "Shelling near the river, report " + line + " (" + tag + ")");
		article.put("url", url(tag, line));
		article.put("outlet", "Import Wire " + tag);
		article.put("author", "Desk " + line);
		article.put("publishedAt", "2024-12-" + String.format("%02d", 1 + (line % 28)));
		article.put("body", "At least " + (line + 2) + " people were killed and " + (line * 3)
				+ " wounded when shells hit the town of Kupiansk on Tuesday, the regional governor said. Report " + line
				+ " of batch " + tag + ".\n\nRescue work was continuing, officials said.");
		return article;
	}

	public static String rss(String tag) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel>
				  <title>Frontline Feed %1$s</title><link>https://feed.example.org/</link><description>News</description>
				  <item><title>Drone strike hits depot</title><link>https://feed.example.org/%1$s/1</link>
				    <pubDate>Tue, 17 Dec 2024 09:30:00 GMT</pubDate>
				    <description>&lt;p&gt;Three soldiers were &lt;b&gt;wounded&lt;/b&gt;, the army said.&lt;/p&gt;&lt;p&gt;Feed %1$s item 1.&lt;/p&gt;</description></item>
				  <item><title>Evacuation continues</title><link>https://feed.example.org/%1$s/2</link>
				    <pubDate>Wed, 18 Dec 2024 10:00:00 GMT</pubDate>
				    <description>About 200 civilians left the town, officials said. Feed %1$s item 2.</description></item>
				  <item><title>No date here</title><link>https://feed.example.org/%1$s/3</link>
				    <description>An item without a date. Feed %1$s item 3.</description></item>
				</channel></rss>
				"""
			.formatted(tag);
	}

}
