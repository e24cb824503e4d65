package org.claimtrace.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Test articles. The seed text is read from ../shared when present, never copied into the
 * repo.
 */
public final class ArticleMother {

	private ArticleMother() {
	}

	public static ArticleContent sample(String suffix) {
		return new ArticleContent("Shelling hits market in town " + suffix, "https://news.example.org/story-" + suffix,
				"Example News", "A. Reporter", Instant.parse("2024-12-17T00:00:00Z"),
				"At least 12 people were killed and 30 wounded when shells hit a market, officials said. Story "
						+ suffix + ".\n\nThe regional governor said rescue work was continuing.",
				ArticleStatus.PUBLISHED);
	}

	public static ArticleContent draft(String suffix) {
		ArticleContent sample = sample(suffix);
		return new ArticleContent(sample.title(), sample.url(), sample.outlet(), sample.author(), sample.publishedAt(),
				sample.body(), ArticleStatus.DRAFT);
	}

	public static Path sharedFolder() {
		return Path.of(System.getProperty("claimtrace.shared", "../shared"));
	}

	/** The FT seed article as an editor pastes it, or null when ../shared is absent. */
	public static String seedKurskBody() {
		Path seed = sharedFolder().resolve("seed/kursk-north-korean-troops.txt");
		try {
			return Files.exists(seed) ? Files.readString(seed) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
