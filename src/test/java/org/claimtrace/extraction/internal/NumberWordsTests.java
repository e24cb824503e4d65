package org.claimtrace.extraction.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTests {

	@Test
	void readsDigitsAndWords() {
		assertThat(NumberWords.value(List.of("11,000"))).isEqualByComparingTo("11000");
		assertThat(NumberWords.value(List.of("two", "hundred"))).isEqualByComparingTo("200");
		assertThat(NumberWords.value(List.of("two", "hundred", "and", "fifty"))).isEqualByComparingTo("250");
		assertThat(NumberWords.value(List.of("twenty", "-", "three"))).isEqualByComparingTo("23");
		assertThat(NumberWords.value(List.of("1.5", "million"))).isEqualByComparingTo("1500000");
		assertThat(NumberWords.value(List.of("three", "thousand"))).isEqualByComparingTo("3000");
		assertThat(NumberWords.value(List.of("dozen"))).isEqualByComparingTo("12");
		assertThat(NumberWords.value(List.of("several"))).isNull();
	}

	@Test
	void vaguePluralsCountAtLeast() {
		assertThat(NumberWords.vague("dozens")).isEqualTo(12L);
		assertThat(NumberWords.vague("Hundreds")).isEqualTo(100L);
		assertThat(NumberWords.vague("thousands")).isEqualTo(1000L);
		assertThat(NumberWords.vague("people")).isNull();
	}

}
