package org.claimtrace.extraction.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceCanonicalizerTests {

	private final SourceCanonicalizer canonicalizer = new SourceCanonicalizer();

	@Test
	void acronymsAndDescriptionsOfOneAgencyAreOneSource() {
		assertThat(this.canonicalizer.lookup("The GUR")).hasValueSatisfying((entry) -> {
			assertThat(entry.name()).isEqualTo("GUR");
			assertThat(entry.kind()).isEqualTo("intelligence");
		});
		assertThat(this.canonicalizer.lookup("HUR")).map(SourceCanonicalizer.Entry::name).hasValue("GUR");
		assertThat(this.canonicalizer.lookup("Ukraine’s military intelligence directorate"))
			.map(SourceCanonicalizer.Entry::name)
			.hasValue("GUR");
		assertThat(this.canonicalizer.lookup("Ukraine's military intelligence agency"))
			.as("the press names the directorate an agency or a service too")
			.map(SourceCanonicalizer.Entry::name)
			.hasValue("GUR");
	}

	@Test
	void capitalsAndBuildingsStandForGovernments() {
		assertThat(this.canonicalizer.lookup("the Pentagon")).map(SourceCanonicalizer.Entry::name)
			.hasValue("US Department of Defense");
		assertThat(this.canonicalizer.lookup("Kyiv")).map(SourceCanonicalizer.Entry::kind).hasValue("government");
		assertThat(this.canonicalizer.lookup("the Kremlin")).map(SourceCanonicalizer.Entry::name)
			.hasValue("Russian government");
		assertThat(this.canonicalizer.lookup("Moscow")).map(SourceCanonicalizer.Entry::name)
			.hasValue("Russian government");
		assertThat(this.canonicalizer.lookup("Pyongyang")).map(SourceCanonicalizer.Entry::name)
			.hasValue("North Korean government");
		assertThat(this.canonicalizer.lookup("Washington")).map(SourceCanonicalizer.Entry::name)
			.hasValue("US government");
	}

	@Test
	void aCountryBeforeAKnownNameIsTheSameSource() {
		assertThat(this.canonicalizer.lookup("Ukraine's HUR")).map(SourceCanonicalizer.Entry::name).hasValue("GUR");
		assertThat(this.canonicalizer.lookup("the IOM")).map(SourceCanonicalizer.Entry::name)
			.hasValue("International Organization for Migration");
		assertThat(this.canonicalizer.lookup("Lebanon's Red Cross")).as("a national Red Cross society is not the ICRC")
			.isEmpty();
		assertThat(this.canonicalizer.lookup("Red Cross")).as("nor is the American Red Cross").isEmpty();
		assertThat(this.canonicalizer.lookup("UN human rights monitors")).as("monitors of which country?").isEmpty();
		assertThat(this.canonicalizer.lookup("who")).as("a pronoun, not the WHO").isEmpty();
	}

	@Test
	void unknownNamesAreNotGuessed() {
		assertThat(this.canonicalizer.lookup("Centre for Eastern Studies")).isEmpty();
		assertThat(this.canonicalizer.lookup("Pentagon spokesman")).isEmpty();
	}

	@Test
	void kindFollowsTheWordsNamingTheSource() {
		assertThat(SourceCanonicalizer.kindFromWords("a Kyiv-based security think-tank")).isEqualTo("ngo_think_tank");
		assertThat(SourceCanonicalizer.kindFromWords("Poland's foreign ministry")).isEqualTo("government");
		assertThat(SourceCanonicalizer.kindFromWords("the 47th Mechanised Brigade")).isEqualTo("military");
		assertThat(SourceCanonicalizer.kindFromWords("Estonian foreign intelligence")).isEqualTo("intelligence");
		assertThat(SourceCanonicalizer.kindFromWords("Maria Lopez")).isNull();
		assertThat(SourceCanonicalizer.isUnnamed("officials")).isTrue();
		assertThat(SourceCanonicalizer.isUnnamed("Zelenskyy")).isFalse();
	}

}
