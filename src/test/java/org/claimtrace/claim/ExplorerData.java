package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world for explorer tests: Ukraine, Donetsk region, Pokrovsk (city) and Udachne
 * (village) inside it, Kharkiv in another region; two published articles and a draft; the
 * GUR and a governor as sources.
 */
final class ExplorerData {

	final JdbcClient jdbc;

	long ukraine;

	long donetsk;

	long pokrovsk;

	long udachne;

	long kharkiv;

	long gur;

	long governor;

	long older;

	long newer;

	long draft;

	ExplorerData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.ukraine = place("Ukraine", "COUNTRY", null, 49.0, 32.0, null);
		this.donetsk = place("Donetsk Oblast", "REGION", "05", 48.0, 37.8, this.ukraine);
		this.pokrovsk = place("Pokrovsk", "CITY", "05", 48.28, 37.18, this.donetsk);
		this.udachne = place("Udachne", "VILLAGE", "05", 48.24, 37.05, this.donetsk);
		long kharkivRegion = place("Kharkiv Oblast", "REGION", "07", 49.5, 36.5, this.ukraine);
		this.kharkiv = place("Kharkiv", "CITY", "07", 49.99, 36.23, kharkivRegion);
		this.gur = source("GUR", "INTELLIGENCE");
		this.governor = source("Vadym Filashkin", "OFFICIAL_PERSON");
		this.older = article("Shelling of Pokrovsk market",
				"Shells hit the market in Pokrovsk; rescuers worked all night.", "2024-11-02T10:00:00Z", "PUBLISHED");
		this.newer = article("North Korean troops in Kursk",
				"Troops from North Korea fought in Kursk, intelligence said.", "2024-12-17T08:00:00Z", "PUBLISHED");
		this.draft = article("Draft about Udachne", "Draft text about a strike on Udachne.", "2024-12-20T08:00:00Z",
				"DRAFT");
	}

	long place(String name, String precision, String admin1, double lat, double lon, Long parent) {
		return this.jdbc
			.sql("""
					insert into location (name, precision, country_code, admin1_code, latitude, longitude, parent_id, origin, added_by)
					values (:name, :precision, 'UA', :admin1, :lat, :lon, :parent, 'EDITOR', 'test-data') returning id""")
			.param("name", name)
			.param("precision", precision)
			.param("admin1", admin1)
			.param("lat", lat)
			.param("lon", lon)
			.param("parent", parent)
			.query(Long.class)
			.single();
	}

	long source(String name, String kind) {
		return this.jdbc.sql("insert into source (name, kind) values (:name, :kind) returning id")
			.param("name", name)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	long article(String title, String body, String publishedAt, String status) {
		return this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash, status)
				values (:title, :url, 'Example News', :at, :body, :hash, :status) returning id""")
			.param("title", title)
			.param("url", "https://news.example.org/" + title.hashCode())
			.param("at", java.sql.Timestamp.from(Instant.parse(publishedAt)))
			.param("body", body)
			.param("hash", Integer.toHexString(body.hashCode()))
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/** A claim with a sentence, figure, kind and optional place/source. */
	long claim(long article, String kind, int value, String party, Long place, Long source, String verification,
			boolean hedged, String review, String sentence) {
		int at = Math.max(sentence.indexOf(String.valueOf(value)), 0);
		return this.jdbc.sql("""
				insert into claim (article_id, category, kind, value_min, value_max, qualifier, party, location_id,
				  source_id, verification, hedged, review_status, sentence, sentence_start, sentence_end, span_start,
				  span_end, extractor_name, extractor_version)
				values (:article, :category, :kind, :value, :value, 'EXACT', :party, :place, :source, :verification,
				  :hedged, :review, :sentence, 0, :len, :at, :end, 'claimtrace-corenlp', '1.1.0') returning id""")
			.param("article", article)
			.param("category", kind.equals("deployed") ? "FORCE_SIZE" : "CASUALTY")
			.param("kind", kind)
			.param("value", new BigDecimal(value))
			.param("party", party)
			.param("place", place)
			.param("source", source)
			.param("verification", verification)
			.param("hedged", hedged)
			.param("review", review)
			.param("sentence", sentence)
			.param("len", sentence.length())
			.param("at", at)
			.param("end", at + String.valueOf(value).length())
			.query(Long.class)
			.single();
	}

}
