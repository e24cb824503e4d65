package org.claimtrace.location;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerPlaceResolverTests {

	private final GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(TestGazetteer.index());

	private List<ResolvedPlace> resolve(String text) {
		return this.resolver.resolve(text, TestGazetteer.capitalised(text));
	}

	private static ResolvedPlace place(List<ResolvedPlace> places, String text) {
		return places.stream()
			.filter((p) -> p.text().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError(text + " not resolved in " + places));
	}

	@Test
	void pokrovskInDonetskRegionIsTheUkrainianCity() {
		String text = "Ukrainian defenders are holding the southern outskirts of Pokrovsk, a logistics hub in "
				+ "the Donetsk region, as Russian units push from the east.";
		ResolvedPlace pokrovsk = place(resolve(text), "Pokrovsk");
		assertThat(pokrovsk.geonamesId()).isEqualTo(704422L);
		assertThat(pokrovsk.countryCode()).isEqualTo("UA");
		assertThat(pokrovsk.latitude()).isCloseTo(48.28, org.assertj.core.data.Offset.offset(0.01));
		assertThat(pokrovsk.longitude()).isCloseTo(37.18, org.assertj.core.data.Offset.offset(0.01));
		assertThat(pokrovsk.precision()).isEqualTo("city");
		ResolvedPlace donetsk = place(resolve(text), "Donetsk");
		assertThat(donetsk.precision()).isEqualTo("region");
		assertThat(donetsk.countryCode()).isEqualTo("UA");
		assertThat(donetsk.admin1Code()).isEqualTo("05");
	}

	@Test
	void pokrovskNextToYakutskIsTheSiberianTown() {
		String text = "Floods reached Pokrovsk, a river port upstream from Yakutsk, where Russian officials "
				+ "evacuated two schools.";
		ResolvedPlace pokrovsk = place(resolve(text), "Pokrovsk");
		assertThat(pokrovsk.geonamesId()).isEqualTo(2017824L);
		assertThat(pokrovsk.countryCode()).isEqualTo("RU");
	}

	@Test
	void kievIsKyiv() {
		String text = "Air raid sirens sounded across Kiev overnight as drones approached the city.";
		ResolvedPlace kiev = place(resolve(text), "Kiev");
		assertThat(kiev.geonamesId()).isEqualTo(703448L);
		assertThat(kiev.name()).isEqualTo("Kyiv");
	}

	@Test
	void parisIsFranceUnlessTheTextSaysTexas() {
		String france = "The summit in Paris ended without a joint statement from European leaders.";
		assertThat(place(resolve(france), "Paris").countryCode()).isEqualTo("FR");
		String texas = "The tornado damaged dozens of homes in Paris, Texas, the county sheriff said.";
		ResolvedPlace paris = place(resolve(texas), "Paris");
		assertThat(paris.countryCode()).isEqualTo("US");
		assertThat(paris.admin1Code()).isEqualTo("TX");
		assertThat(paris.geonamesId()).isEqualTo(4717560L);
	}

	@Test
	void villagesMissingFromTheGazetteerStayUnresolvedInTheirRegion() {
		String text = "Shelling damaged houses in the villages of Plekhovo and Vorobzha in the Kursk region "
				+ "on Sunday, the governor wrote.";
		List<ResolvedPlace> places = resolve(text);
		for (String village : List.of("Plekhovo", "Vorobzha")) {
			ResolvedPlace p = place(places, village);
			assertThat(p.precision()).isEqualTo("unresolved");
			assertThat(p.geonamesId()).isNull();
			assertThat(p.countryCode()).isEqualTo("RU");
			assertThat(p.admin1Code()).isEqualTo("41");
		}
		assertThat(place(places, "Kursk").precision()).isEqualTo("region");
	}

	@Test
	void aVillageOfTheSameNameElsewhereDoesNotCaptureTheMention() {
		// there is a Martynovka in Crimea, but the text puts this one in Kursk
		String text = "Fighting continued around the villages of Plekhovo and Martynovka in Kursk.";
		ResolvedPlace martynovka = place(resolve(text), "Martynovka");
		assertThat(martynovka.precision()).isEqualTo("unresolved");
		assertThat(martynovka.countryCode()).isEqualTo("RU");
	}

	@Test
	void commonWordsPeopleAndDemonymsAreNotPlaces() {
		String text = "Read the full story below. Monday was quiet, officials said on Telegram. "
				+ "Said Ahmed, a spokesman, told North Korean media that Mobile phones were banned. "
				+ "Of the 40 soldiers, several were Russians, Major General Pat Ryder told reporters.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(places).extracting(ResolvedPlace::text)
			.doesNotContain("Read", "Monday", "Telegram", "Said", "Said Ahmed", "Mobile", "Of", "North Korean",
					"Russians", "Ryder", "Pat Ryder");
		assertThat(places).isEmpty();
	}

	@Test
	void shortTownNamesNeedContext() {
		String text = "The storm made landfall near Mobile, Alabama, late on Tuesday.";
		ResolvedPlace mobile = place(resolve(text), "Mobile");
		assertThat(mobile.countryCode()).isEqualTo("US");
		assertThat(mobile.admin1Code()).isEqualTo("AL");
	}

	@Test
	void multiwordCountriesAndRegions() {
		String text = "North Korea sent troops to Russia's Kursk Oblast, while South Korea protested.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(place(places, "North Korea").geonamesId()).isEqualTo(1873107L);
		assertThat(place(places, "South Korea").countryCode()).isEqualTo("KR");
		ResolvedPlace kursk = place(places, "Kursk Oblast");
		assertThat(kursk.precision()).isEqualTo("region");
		assertThat(kursk.latitude()).isCloseTo(51.73, org.assertj.core.data.Offset.offset(0.02));
		assertThat(place(places, "Russia").precision()).isEqualTo("country");
	}

	@Test
	void membersOfACountyListAreCountiesOfTheStateTheyShare() {
		String text = "DES MOINES, Iowa - Most outages were in Polk, Story and Jasper counties, and the storm "
				+ "moved on into Missouri.";
		List<ResolvedPlace> places = resolve(text);
		for (String county : List.of("Polk", "Story", "Jasper")) {
			ResolvedPlace p = place(places, county);
			assertThat(p.name()).isEqualTo(county + " County");
			assertThat(p.precision()).isEqualTo("region");
			assertThat(p.countryCode()).isEqualTo("US");
			// Jasper County, Iowa, not Jasper County, Missouri (both states are named)
			assertThat(p.latitude()).isBetween(41.0, 42.5);
		}
	}

	@Test
	void membersOfARegionListAreRegionsAndAdjectivesAreNoPlaces() {
		String text = "Russian forces shelled the Kherson and Zaporizhzhia regions overnight. Lawmakers from "
				+ "Republican and Democratic states and the Baltic and Nordic states met in Kyiv.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(place(places, "Kherson").precision()).isEqualTo("region");
		assertThat(place(places, "Zaporizhzhia").precision()).isEqualTo("region");
		assertThat(places).extracting(ResolvedPlace::text)
			.doesNotContain("Republican", "Democratic", "Baltic", "Nordic");
	}

	@Test
	void aTownKnownByTheNameOnlyAsAnAliasDoesNotBeatTheRegionOfThatName() {
		// Riverside, Missouri, lists "Illinois" among its alternate names
		String text = "Crews from Missouri helped restore power before the storm crossed into Illinois.";
		ResolvedPlace illinois = place(resolve(text), "Illinois");
		assertThat(illinois.precision()).isEqualTo("region");
		assertThat(illinois.geonamesId()).isEqualTo(4896861L);
	}

	@Test
	void bareKurskIsTheCityWhenTheTextNeverCallsItARegion() {
		String text = "The train from Moscow arrived in Kursk three hours late.";
		ResolvedPlace kursk = place(resolve(text), "Kursk");
		assertThat(kursk.precision()).isEqualTo("city");
		assertThat(kursk.geonamesId()).isEqualTo(538560L);
	}

	@Test
	void nerCandidateForAnUnknownNameWithoutPlaceCuesIsDropped() {
		String text = "Analysts at Borodino Capital expect rates to fall.";
		List<ResolvedPlace> places = this.resolver.resolve(text, List.of(TestGazetteer.ner(text, "Borodino Capital")));
		assertThat(places).isEmpty();
	}

	@Test
	void placeNamesInsideOrganisationNamesAreNotPlaces() {
		String text = "The Washington Post and the Bank of England reported that Jordan Peterson spoke in Toronto.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(places).extracting(ResolvedPlace::text).containsExactly("Toronto");
	}

	@Test
	void acronymsMatchOnlyCountryAliases() {
		String text = "US officials met GUR representatives, and the UK sent observers.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(places).extracting(ResolvedPlace::countryCode).containsExactly("US", "GB");
	}

	@Test
	void capitalsStayCitiesEvenWhenTheirRegionIsNamed() {
		String text = "Kyiv said on Friday that drones had struck power lines in the Kyiv region.";
		List<ResolvedPlace> places = resolve(text);
		assertThat(places.get(0).text()).isEqualTo("Kyiv");
		assertThat(places.get(0).precision()).isEqualTo("city");
		assertThat(places.get(0).geonamesId()).isEqualTo(703448L);
		assertThat(places.get(1).precision()).isEqualTo("region");
		assertThat(places.get(1).admin1Code()).as(places.toString()).isEqualTo("13");
	}

	@Test
	void nerLocationWithALocativeButNoGazetteerEntryIsKeptUnresolved() {
		String text = "Heavy fighting continues in Donbas, officials in the Kremlin said.";
		List<ResolvedPlace> places = this.resolver.resolve(text,
				List.of(TestGazetteer.ner(text, "Donbas"), TestGazetteer.ner(text, "Kremlin")));
		assertThat(places).singleElement().satisfies((p) -> {
			assertThat(p.text()).isEqualTo("Donbas");
			assertThat(p.precision()).isEqualTo("unresolved");
		});
	}

}
