package org.claimtrace.claim;

import static org.claimtrace.claim.Rows.doubleOrNull;
import static org.claimtrace.claim.Rows.intOrNull;
import static org.claimtrace.claim.Rows.longOrNull;
import static org.claimtrace.claim.Rows.lower;
import static org.claimtrace.claim.Rows.stripped;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the extractor found and reads it back for pages and the API. Reads are
 * three SQL statements per article whatever the number of claims.
 */
@Service
public class ClaimService {

	private final JdbcClient jdbc;

	ClaimService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the article's automatic, unreviewed claims with a new extraction in one
	 * transaction. Claims an editor has reviewed (and what they point to) are kept, and a
	 * new claim overlapping a reviewed one is not added again.
	 */
	@Transactional
	public void replaceAutomatic(NewClaims batch) {
		Long articleId = batch.articleId();
		this.jdbc
			.sql("delete from claim where article_id = :a and origin = 'AUTOMATIC' and review_status = 'UNREVIEWED'")
			.param("a", articleId)
			.update();
		this.jdbc.sql("""
				delete from attribution where article_id = :a and id not in
				  (select attribution_id from claim where article_id = :a and attribution_id is not null)""")
			.param("a", articleId)
			.update();
		this.jdbc.sql("""
				delete from location_mention where article_id = :a and id not in
				  (select location_mention_id from claim where article_id = :a and location_mention_id is not null)""")
			.param("a", articleId)
			.update();
		// what is left are reviewed claims: a new claim overlapping one of them (whatever
		// kind the editor gave it, however the editor merged it) is not added again
		List<int[]> reviewed = this.jdbc.sql("select span_start, span_end from claim where article_id = :a")
			.param("a", articleId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.list();

		List<Long> attributionIds = new ArrayList<>();
		for (NewClaims.Attribution a : batch.attributions()) {
			attributionIds.add(this.jdbc
				.sql("""
						insert into attribution (article_id, source_id, source_text, source_start, source_end, cue_text,
						  cue_start, cue_end, content_text, content_start, content_end, direct, extractor_name, extractor_version)
						values (:article, :sourceId, :sourceText, :sourceStart, :sourceEnd, :cueText, :cueStart, :cueEnd,
						  :contentText, :contentStart, :contentEnd, :direct, :name, :version) returning id""")
				.param("article", articleId)
				.param("sourceId", a.sourceId())
				.param("sourceText", (a.source() != null) ? truncate(a.source().text(), 1000) : null)
				.param("sourceStart", (a.source() != null) ? a.source().start() : null)
				.param("sourceEnd", (a.source() != null) ? a.source().end() : null)
				.param("cueText", truncate(a.cue().text(), 200))
				.param("cueStart", a.cue().start())
				.param("cueEnd", a.cue().end())
				.param("contentText", a.content().text())
				.param("contentStart", a.content().start())
				.param("contentEnd", a.content().end())
				.param("direct", a.direct())
				.param("name", batch.extractorName())
				.param("version", batch.extractorVersion())
				.query(Long.class)
				.single());
		}
		List<Long> mentionIds = new ArrayList<>();
		for (NewClaims.PlaceMention p : batch.places()) {
			mentionIds.add(this.jdbc
				.sql("""
						insert into location_mention (article_id, location_id, region_location_id, mention_text, span_start,
						  span_end, resolved_name, precision, extractor_version)
						values (:article, :location, :region, :text, :start, :end, :name, :precision, :version) returning id""")
				.param("article", articleId)
				.param("location", p.locationId())
				.param("region", p.regionLocationId())
				.param("text", truncate(p.mention().text(), 300))
				.param("start", p.mention().start())
				.param("end", p.mention().end())
				.param("name", truncate(p.resolvedName(), 200))
				.param("precision", p.precision())
				.param("version", batch.extractorVersion())
				.query(Long.class)
				.single());
		}
		List<Long> claimIds = new ArrayList<>();
		for (NewClaims.Figure f : batch.claims()) {
			if (reviewed.stream().anyMatch((r) -> f.start() < r[1] && r[0] < f.end())) {
				claimIds.add(null);
				continue;
			}
			Long parentId = (f.parentIndex() != null && f.parentIndex() < claimIds.size())
					? claimIds.get(f.parentIndex()) : null;
			Long mentionId = (f.placeIndex() != null) ? mentionIds.get(f.placeIndex()) : null;
			NewClaims.PlaceMention place = (f.placeIndex() != null) ? batch.places().get(f.placeIndex()) : null;
			Long locationId = (place != null)
					? ((place.locationId() != null) ? place.locationId() : place.regionLocationId()) : null;
			claimIds.add(this.jdbc
				.sql("""
						insert into claim (article_id, category, kind, value_min, value_max, unit, qualifier, party,
						  parent_claim_id, location_id, location_mention_id, source_id, attribution_id, cue, verification, hedged,
						  period_total, sentence, sentence_start, sentence_end, span_start, span_end, origin, extractor_name,
						  extractor_version)
						values (:article, :category, :kind, :min, :max, :unit, :qualifier, :party, :parent, :location, :mention,
						  :source, :attribution, :cue, :verification, :hedged, :periodTotal, :sentence, :sentenceStart, :sentenceEnd, :start,
						  :end, 'AUTOMATIC', :name, :version) returning id""")
				.param("article", articleId)
				.param("category", f.category())
				.param("kind", f.kind())
				.param("min", f.valueMin())
				.param("max", f.valueMax())
				.param("unit", f.unit())
				.param("qualifier", f.qualifier())
				.param("party", truncate(f.party(), 300))
				.param("parent", parentId)
				.param("location", locationId)
				.param("mention", mentionId)
				.param("source", f.sourceId())
				.param("attribution", (f.attributionIndex() != null) ? attributionIds.get(f.attributionIndex()) : null)
				.param("cue", truncate(f.cue(), 200))
				.param("verification", f.verification())
				.param("hedged", f.hedged())
				.param("periodTotal", f.periodTotal())
				.param("sentence", f.sentence().text())
				.param("sentenceStart", f.sentence().start())
				.param("sentenceEnd", f.sentence().end())
				.param("start", f.start())
				.param("end", f.end())
				.param("name", batch.extractorName())
				.param("version", batch.extractorVersion())
				.query(Long.class)
				.single());
		}
	}

	/**
	 * Claims (rejected ones hidden), attributions and place mentions of one article, in
	 * text order.
	 */
	@Transactional(readOnly = true)
	public ArticleClaims forArticle(Long articleId) {
		List<ArticleClaims.ClaimView> claims = this.jdbc
			.sql("""
					select c.id, c.category, c.kind, c.value_min, c.value_max, c.unit, c.qualifier, c.party, c.parent_claim_id,
					  coalesce(l.name, m.resolved_name) as place_name, l.latitude, l.longitude, l.geonames_id, l.country_code,
					  coalesce(m.precision, l.precision) as place_precision, (c.location_id is not null or m.id is not null) as has_place,
					  s.id as source_id, s.name as source_name, s.kind as source_kind, c.cue, c.verification, c.hedged,
					  c.period_total, c.sentence, c.span_start, c.span_end, c.review_status, c.extractor_version, c.location_id,
					  c.sentence_start, c.sentence_end
					from claim c
					  left join location l on l.id = c.location_id
					  left join location_mention m on m.id = c.location_mention_id
					  left join source s on s.id = c.source_id
					where c.article_id = :a and c.review_status <> 'REJECTED'
					order by c.span_start, c.id""")
			.param("a", articleId)
			.query(ClaimService::claimView)
			.list();
		List<ArticleClaims.AttributionView> attributions = this.jdbc
			.sql("""
					select a.id, a.source_text, a.source_start, a.source_end, s.name as source_name, a.cue_text, a.cue_start,
					  a.cue_end, a.content_text, a.content_start, a.content_end, a.direct
					from attribution a left join source s on s.id = a.source_id
					where a.article_id = :a order by a.cue_start, a.id""")
			.param("a", articleId)
			.query((rs, n) -> new ArticleClaims.AttributionView(rs.getLong("id"),
					new ArticleClaims.SourceSpanView(rs.getString("source_text"), intOrNull(rs, "source_start"),
							intOrNull(rs, "source_end"), rs.getString("source_name")),
					new ArticleClaims.SpanView(rs.getString("cue_text"), rs.getInt("cue_start"), rs.getInt("cue_end")),
					new ArticleClaims.SpanView(rs.getString("content_text"), rs.getInt("content_start"),
							rs.getInt("content_end")),
					rs.getBoolean("direct")))
			.list();
		List<ArticleClaims.PlaceMentionView> places = this.jdbc.sql("""
				select m.mention_text, m.span_start, m.span_end, coalesce(l.name, m.resolved_name) as name,
				  coalesce(l.latitude, r.latitude) as latitude, coalesce(l.longitude, r.longitude) as longitude,
				  l.geonames_id, coalesce(l.country_code, r.country_code) as country_code, m.precision,
				  coalesce(m.location_id, m.region_location_id) as location_id
				from location_mention m
				  left join location l on l.id = m.location_id
				  left join location r on r.id = m.region_location_id
				where m.article_id = :a order by m.span_start, m.id""")
			.param("a", articleId)
			.query((rs, n) -> new ArticleClaims.PlaceMentionView(rs.getString("mention_text"), rs.getInt("span_start"),
					rs.getInt("span_end"), rs.getString("name"), doubleOrNull(rs, "latitude"),
					doubleOrNull(rs, "longitude"), longOrNull(rs, "geonames_id"), rs.getString("country_code"),
					lower(rs.getString("precision")), longOrNull(rs, "location_id")))
			.list();
		return new ArticleClaims(claims, attributions, places);
	}

	private static ArticleClaims.ClaimView claimView(ResultSet rs, int row) throws SQLException {
		ArticleClaims.PlaceRef place = rs.getBoolean("has_place")
				? new ArticleClaims.PlaceRef(rs.getString("place_name"), doubleOrNull(rs, "latitude"),
						doubleOrNull(rs, "longitude"), longOrNull(rs, "geonames_id"), rs.getString("country_code"),
						lower(rs.getString("place_precision")), longOrNull(rs, "location_id"))
				: null;
		Long sourceId = longOrNull(rs, "source_id");
		ArticleClaims.SourceRef source = (sourceId != null)
				? new ArticleClaims.SourceRef(sourceId, rs.getString("source_name"), lower(rs.getString("source_kind")))
				: null;
		return new ArticleClaims.ClaimView(rs.getLong("id"), lower(rs.getString("category")), rs.getString("kind"),
				stripped(rs.getBigDecimal("value_min")), stripped(rs.getBigDecimal("value_max")), rs.getString("unit"),
				lower(rs.getString("qualifier")), rs.getString("party"), longOrNull(rs, "parent_claim_id"), place,
				source, rs.getString("cue"), lower(rs.getString("verification")), rs.getBoolean("hedged"),
				rs.getString("sentence"), rs.getInt("span_start"), rs.getInt("span_end"),
				lower(rs.getString("review_status")), rs.getString("extractor_version"), rs.getInt("sentence_start"),
				rs.getInt("sentence_end"), rs.getBoolean("period_total"));
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
