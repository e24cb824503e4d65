package org.claimtrace.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data, only with the {@code demo} profile: the articles in
 * {@code fixtures/articles.jsonl} and the seed article(s) from {@code ../shared/seed}
 * when that folder exists, submitted through {@link ArticleService} like an editor would
 * (so they are extracted). Articles already stored (same URL or text) are skipped, so it
 * can run on every start.
 */
@Component
@Profile("demo")
class DemoArticles implements ApplicationRunner {

	static final String FIXTURES = "fixtures/articles.jsonl";

	private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

	/**
	 * Title, URL, outlet and date of the known seed file (its text is read at run time).
	 */
	private static final List<Seed> SEEDS = List.of(new Seed("kursk-north-korean-troops.txt",
			"North Korean troops fight alongside Russian forces in Kursk for the first time",
			"https://www.ft.com/content/kursk-north-korean-troops-example", "Financial Times", "2024-12-17"));

	private final ArticleService articles;

	private final Path seedFolder;

	DemoArticles(ArticleService articles, @Value("${claimtrace.demo.seed-dir:../shared/seed}") String seedFolder) {
		this.articles = articles;
		// A plain file path: Spring's String-to-Path conversion reads it as a resource
		// location and refuses "../"
		this.seedFolder = Path.of(seedFolder);
	}

	record Fixture(String title, String url, String outlet, String author, LocalDate publishedAt, String body) {

		ArticleContent content() {
			return new ArticleContent(this.title, this.url, this.outlet, this.author,
					this.publishedAt.atStartOfDay().toInstant(ZoneOffset.UTC), this.body, ArticleStatus.PUBLISHED);
		}

	}

	record Seed(String file, String title, String url, String outlet, String date) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int added = 0;
		int skipped = 0;
		for (ArticleContent content : contents()) {
			try {
				this.articles.create(content, "demo");
				added++;
			}
			catch (DuplicateArticleException ex) {
				skipped++;
			}
		}
		log.info("Demo data: {} articles added, {} already present", added, skipped);
	}

	List<ArticleContent> contents() throws IOException {
		List<ArticleContent> contents = new ArrayList<>(fixtures().stream().map(Fixture::content).toList());
		contents.addAll(seeds());
		return contents;
	}

	static List<Fixture> fixtures() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Fixture> fixtures = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FIXTURES).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					fixtures.add(json.readValue(line, Fixture.class));
				}
			}
		}
		return fixtures;
	}

	private List<ArticleContent> seeds() throws IOException {
		if (!Files.isDirectory(this.seedFolder)) {
			log.info("Demo data: no seed folder at {}", this.seedFolder.toAbsolutePath());
			return List.of();
		}
		List<ArticleContent> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.seedFolder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				String name = file.getFileName().toString();
				Seed seed = SEEDS.stream()
					.filter((s) -> s.file().equals(name))
					.findFirst()
					.orElseGet(() -> untitled(name));
				seeds.add(new ArticleContent(seed.title(), seed.url(), seed.outlet(), null,
						LocalDate.parse(seed.date()).atStartOfDay().toInstant(ZoneOffset.UTC), Files.readString(file),
						ArticleStatus.PUBLISHED));
			}
		}
		return seeds;
	}

	private static Seed untitled(String file) {
		String slug = file.substring(0, file.length() - 4);
		String title = slug.replace('-', ' ');
		title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
		return new Seed(file, title, "https://seed.example.org/" + slug, "Seed", "2024-12-17");
	}

}
