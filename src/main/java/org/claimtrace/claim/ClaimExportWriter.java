package org.claimtrace.claim;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** Writes explorer exports: CSV (RFC 4180, one row per claim) and JSON. */
final class ClaimExportWriter {

	static final String[] CSV_HEADER = { "claim_id", "category", "kind", "value_min", "value_max", "unit", "qualifier",
			"party", "source_id", "source_name", "source_kind", "cue", "place_id", "place_name", "latitude",
			"longitude", "place_precision", "country_code", "verification", "hedged", "period_total", "review_status",
			"article_id", "article_title", "article_url", "outlet", "published_at", "sentence", "span_start",
			"span_end", "extractor_name", "extractor_version", "claim_url" };

	private ClaimExportWriter() {
	}

	static void csv(ClaimExplorer.Export export, String baseUrl, Writer out) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ClaimRow c : export.rows()) {
				ClaimRow.SourceRef s = c.source();
				ClaimRow.PlaceRef p = c.place();
				printer.printRecord(c.id(), c.category(), c.kind(), c.valueMin(), c.valueMax(), c.unit(), c.qualifier(),
						cell(c.party()), (s != null) ? s.id() : null, (s != null) ? cell(s.name()) : null,
						(s != null) ? s.kind() : null, cell(c.cue()), (p != null) ? p.id() : null,
						(p != null) ? cell(p.name()) : null, (p != null) ? p.latitude() : null,
						(p != null) ? p.longitude() : null, (p != null) ? p.precision() : null,
						(p != null) ? p.countryCode() : null, c.verification(), c.hedged(), c.periodTotal(),
						c.reviewStatus(), c.article().id(), cell(c.article().title()), c.article().url(),
						cell(c.article().outlet()), c.article().publishedAt(), cell(c.sentence()), c.start(), c.end(),
						c.extractorName(), c.extractorVersion(), baseUrl + c.permalink());
			}
		}
	}

	/**
	 * Text from articles as a spreadsheet cell: a leading {@code = + - @} would start a
	 * formula in Excel or LibreOffice, so such cells get a leading apostrophe (OWASP CSV
	 * injection advice).
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	static void json(ClaimExplorer.Export export, ClaimFilter filter, JsonMapper mapper, Writer out) {
		mapper.writeValue(out, new JsonExport(filter.parameters(), ClaimExplorer.EXPORT_CAP, export.truncated(),
				export.rows().size(), export.rows().stream().map(ClaimResponse::of).toList()));
	}

	record JsonExport(Map<String, String> filter, int cap, boolean truncated, int count, List<ClaimResponse> items) {
	}

}
