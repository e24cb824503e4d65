package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the analysis pages: published or draft articles, sources, gazetteer rows
 * and claims pointing at them, written straight to PostgreSQL.
 */
public final class ClaimMother {

	private final JdbcClient jdbc;

	public ClaimMother(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long article(String title, String outlet, String date, String body) {
		return article(title, outlet, date, body, "PUBLISHED");
	}

	public long article(String title, String outlet, String date, String body, String status) {
		return this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash, status, extraction_status)
				values (:title, :url, :outlet, :published, :body, md5(:body), :status, 'DONE') returning id""")
			.param("title", title)
			.param("url", "https://news.example.org/" + Math.abs((title + body).hashCode()))
			.param("outlet", outlet)
			.param("published", LocalDate.parse(date).atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("body", body)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	public long source(String name, String kind) {
		return this.jdbc.sql("insert into source (name, kind) values (:name, :kind) returning id")
			.param("name", name)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/** A gazetteer row; precision COUNTRY, REGION, CITY or VILLAGE. */
	public long place(String name, String countryCode, String admin1, String precision, double lat, double lon) {
		return this.jdbc
			.sql("""
					insert into location (name, ascii_name, country_code, admin1_code, latitude, longitude, precision, origin, added_by)
					values (:name, :name, :country, :admin1, :lat, :lon, :precision, 'EDITOR', 'test-data') returning id""")
			.param("name", name)
			.param("country", countryCode)
			.param("admin1", admin1)
			.param("lat", lat)
			.param("lon", lon)
			.param("precision", precision)
			.query(Long.class)
			.single();
	}

	/**
	 * A claim on the first occurrence of {@code figureText} in the article body; its
	 * sentence runs between the nearest full stops.
	 */
	public long claim(long articleId, String kind, String figureText, long min, Long max, String qualifier,
			String party, Long sourceId, Long locationId) {
		String body = this.jdbc.sql("select body from article where id = :id")
			.param("id", articleId)
			.query(String.class)
			.single();
		int start = body.indexOf(figureText);
		if (start < 0) {
			throw new IllegalArgumentException(figureText + " is not in article " + articleId);
		}
		int end = start + figureText.length();
		int sentenceStart = body.lastIndexOf(". ", start);
		sentenceStart = (sentenceStart < 0) ? 0 : sentenceStart + 2;
		int sentenceEnd = body.indexOf('.', end);
		sentenceEnd = (sentenceEnd < 0) ? body.length() : sentenceEnd + 1;
		return this.jdbc.sql("""
				insert into claim (article_id, category, kind, value_min, value_max, qualifier, party, source_id,
				  location_id, cue, verification, hedged, sentence, sentence_start, sentence_end, span_start, span_end,
				  extractor_name, extractor_version)
				values (:article, :category, :kind, :min, :max, :qualifier, :party, :source, :location, 'said',
				  'UNVERIFIED', false, :sentence, :sentenceStart, :sentenceEnd, :start, :end, 'test', '1.0.0')
				returning id""")
			.param("article", articleId)
			.param("category", "deployed".equals(kind) ? "FORCE_SIZE" : "CASUALTY")
			.param("kind", kind)
			.param("min", BigDecimal.valueOf(min))
			.param("max", BigDecimal.valueOf((max != null) ? max : min))
			.param("qualifier", qualifier)
			.param("party", party)
			.param("source", sourceId)
			.param("location", locationId)
			.param("sentence", body.substring(sentenceStart, sentenceEnd))
			.param("sentenceStart", sentenceStart)
			.param("sentenceEnd", sentenceEnd)
			.param("start", start)
			.param("end", end)
			.query(Long.class)
			.single();
	}

	public void reject(long claimId) {
		this.jdbc.sql("update claim set review_status = 'REJECTED' where id = :id").param("id", claimId).update();
	}

}
