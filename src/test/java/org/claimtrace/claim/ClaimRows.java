package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Instant;

/** Claim rows for controller tests. */
final class ClaimRows {

	private ClaimRows() {
	}

	static ClaimRow deployed(long id) {
		String sentence = "The GUR said 11000 North Korean soldiers were deployed to Kursk.";
		return new ClaimRow(id, "force_size", "deployed", new BigDecimal("11000"), new BigDecimal("11000"), null,
				"exact", "North Korean soldiers", null, "said", "unverified", true, "unreviewed", sentence, 113, 118,
				"claimtrace-corenlp", "1.1.0",
				new ClaimRow.ArticleRef(7L, "North Korean troops in Kursk", "https://www.ft.com/content/kursk",
						"Financial Times", Instant.parse("2024-12-17T08:00:00Z")),
				new ClaimRow.SourceRef(3L, "GUR", "intelligence"),
				new ClaimRow.PlaceRef(44L, "Kursk", 51.73, 36.19, "city", "RU"), false);
	}

}
