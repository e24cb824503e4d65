package org.claimtrace.claim;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleClaimsTests {

	@Test
	void figuresReadAsAnAnalystWritesThem() {
		assertThat(claim("11000", "11000", null, "exact").figure()).isEqualTo("11,000");
		assertThat(claim("20", "30", null, "range").figure()).isEqualTo("20\u201330");
		assertThat(claim("12", "12", null, "at_least").figure()).isEqualTo("at least 12");
		assertThat(claim("2", "2", "km", "up_to").figure()).isEqualTo("up to 2 km");
		assertThat(claim(null, null, null, "unquantified").figure()).isEqualTo("unquantified");
	}

	private static ArticleClaims.ClaimView claim(String min, String max, String unit, String qualifier) {
		return new ArticleClaims.ClaimView(1L, "casualty", "killed_or_wounded",
				(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null, unit, qualifier,
				null, null, null, null, null, "not_stated", false, "s", 0, 1, "unreviewed", "1.0.0", 0, 1, false);
	}

}
