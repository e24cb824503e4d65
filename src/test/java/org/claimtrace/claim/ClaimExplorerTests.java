package org.claimtrace.claim;

import java.util.HashMap;
import java.util.Map;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import(ClaimExplorer.class)
class ClaimExplorerTests {

	@Autowired
	ClaimExplorer explorer;

	@Autowired
	JdbcClient jdbc;

	ExplorerData data;

	long killedInPokrovsk;

	long woundedInUdachne;

	long killedInKharkiv;

	long deployed;

	long rejected;

	long inDraft;

	@BeforeEach
	void world() {
		this.data = new ExplorerData(this.jdbc);
		ExplorerData d = this.data;
		this.killedInPokrovsk = d.claim(d.older, "killed", 12, "civilians", d.pokrovsk, d.governor, "NOT_STATED", false,
				"APPROVED", "At least 12 civilians were killed in Pokrovsk, the governor said.");
		this.woundedInUdachne = d.claim(d.older, "wounded", 30, "residents", d.udachne, d.governor, "UNVERIFIED", true,
				"UNREVIEWED", "Some 30 residents of Udachne were reportedly wounded.");
		this.killedInKharkiv = d.claim(d.newer, "killed", 3, "Civilians", d.kharkiv, null, "NOT_STATED", false,
				"UNREVIEWED", "Three civilians were killed in Kharkiv, 3 in total.");
		this.deployed = d.claim(d.newer, "deployed", 11000, "North Korean soldiers", null, d.gur, "UNVERIFIED", false,
				"UNREVIEWED", "The GUR said 11000 North Korean soldiers were deployed to Kursk.");
		this.rejected = d.claim(d.newer, "killed", 200, "North Koreans", null, d.gur, "UNVERIFIED", false, "REJECTED",
				"Ukraine said 200 North Koreans were killed.");
		this.inDraft = d.claim(d.draft, "killed", 5, "civilians", d.udachne, d.governor, "NOT_STATED", false,
				"UNREVIEWED", "Five people, 5 in all, were killed in Udachne.");
	}

	@Test
	void readersSeePublishedArticlesOnlyAndNeverRejectedClaimsNewestFirst() {
		Page<ClaimRow> page = this.explorer.find(filter(Map.of()));
		assertThat(page.getTotalElements()).isEqualTo(4);
		assertThat(page.getContent()).extracting(ClaimRow::id)
			.doesNotContain(this.rejected, this.inDraft)
			.startsWith(this.deployed, this.killedInKharkiv);
		ClaimRow deployed = page.getContent().get(0);
		assertThat(deployed.figure()).isEqualTo("11,000");
		assertThat(deployed.source().name()).isEqualTo("GUR");
		assertThat(deployed.source().kind()).isEqualTo("intelligence");
		assertThat(deployed.article().title()).isEqualTo("North Korean troops in Kursk");
		assertThat(deployed.article().outlet()).isEqualTo("Example News");
		assertThat(deployed.extractorVersion()).isEqualTo("1.1.0");
		assertThat(deployed.sentence().substring(deployed.start(), deployed.end())).isEqualTo("11000");
		assertThat(deployed.permalink()).isEqualTo("/articles/" + this.data.newer + "#claim-" + this.deployed);
		assertThat(this.explorer.findById(this.rejected)).isEmpty();
		assertThat(this.explorer.findById(this.inDraft)).isEmpty();
		assertThat(this.explorer.findById(this.deployed)).isPresent();
	}

	@Test
	void aRegionIncludesTheCitiesAndVillagesInsideItAndACountryEverything() {
		assertThat(ids(Map.of("placeId", String.valueOf(this.data.donetsk))))
			.containsExactlyInAnyOrder(this.killedInPokrovsk, this.woundedInUdachne);
		assertThat(ids(Map.of("placeId", String.valueOf(this.data.ukraine))))
			.containsExactlyInAnyOrder(this.killedInPokrovsk, this.woundedInUdachne, this.killedInKharkiv);
		assertThat(ids(Map.of("placeId", String.valueOf(this.data.udachne)))).containsExactly(this.woundedInUdachne);
	}

	@Test
	void filtersCombine() {
		assertThat(ids(Map.of("kind", "killed"))).containsExactlyInAnyOrder(this.killedInPokrovsk,
				this.killedInKharkiv);
		assertThat(ids(Map.of("category", "force_size"))).containsExactly(this.deployed);
		assertThat(ids(Map.of("party", "CIVIL"))).containsExactlyInAnyOrder(this.killedInPokrovsk,
				this.killedInKharkiv);
		assertThat(ids(Map.of("party", "%"))).isEmpty();
		assertThat(ids(Map.of("sourceId", String.valueOf(this.data.governor))))
			.containsExactlyInAnyOrder(this.killedInPokrovsk, this.woundedInUdachne);
		assertThat(ids(Map.of("sourceKind", "intelligence"))).containsExactly(this.deployed);
		assertThat(ids(Map.of("verification", "UNVERIFIED"))).containsExactlyInAnyOrder(this.woundedInUdachne,
				this.deployed);
		assertThat(ids(Map.of("reviewStatus", "approved"))).containsExactly(this.killedInPokrovsk);
		assertThat(ids(Map.of("from", "2024-12-01"))).containsExactlyInAnyOrder(this.killedInKharkiv, this.deployed);
		assertThat(ids(Map.of("to", "2024-11-02"))).containsExactlyInAnyOrder(this.killedInPokrovsk,
				this.woundedInUdachne);
		assertThat(ids(Map.of("kind", "killed", "from", "2024-12-01"))).containsExactly(this.killedInKharkiv);
	}

	@Test
	void sortsByWhitelistedColumnsAndPages() {
		assertThat(ids(Map.of("sort", "figure", "dir", "asc"))).containsExactly(this.killedInKharkiv,
				this.killedInPokrovsk, this.woundedInUdachne, this.deployed);
		assertThat(ids(Map.of("sort", "figure", "dir", "desc"))).containsExactly(this.deployed, this.woundedInUdachne,
				this.killedInPokrovsk, this.killedInKharkiv);
		Page<ClaimRow> second = this.explorer
			.find(filter(Map.of("sort", "figure", "dir", "asc", "size", "3", "page", "1")));
		assertThat(second.getContent()).extracting(ClaimRow::id).containsExactly(this.deployed);
		assertThat(second.getTotalElements()).isEqualTo(4);
		assertThat(second.getTotalPages()).isEqualTo(2);
		Page<ClaimRow> beyond = this.explorer.find(filter(Map.of("page", "99")));
		assertThat(beyond.getContent()).isEmpty();
	}

	@Test
	void statsCountUnverifiedAndHedgedClaimsAndTheDatesSeen() {
		ClaimStats governor = this.explorer.stats(filter(Map.of("sourceId", String.valueOf(this.data.governor))));
		assertThat(governor.claims()).isEqualTo(2);
		assertThat(governor.unverifiedPercent()).isEqualTo(50);
		assertThat(governor.hedgedPercent()).isEqualTo(50);
		assertThat(governor.firstSeen()).isEqualTo(java.time.Instant.parse("2024-11-02T10:00:00Z"));
	}

	@Test
	void sourcesAreListedWithTheirPublicClaimCounts() {
		Page<SourceClaimCount> all = this.explorer.sources(null, 0, 20);
		assertThat(all.getContent()).extracting(SourceClaimCount::name, SourceClaimCount::claims)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Vadym Filashkin", 2L),
					org.assertj.core.groups.Tuple.tuple("GUR", 1L));
		assertThat(this.explorer.sources("INTELLIGENCE", 0, 20).getContent()).extracting(SourceClaimCount::name)
			.containsExactly("GUR");
	}

	@Test
	void searchRanksArticlesAndHighlightsEscapedSnippets() {
		this.data.article("<b>Pokrovsk</b> under fire",
				"Pokrovsk again: <script>alert(1)</script> Pokrovsk & Myrnohrad shelled.", "2024-12-01T00:00:00Z",
				"PUBLISHED");
		Page<SearchHit> hits = this.explorer.searchArticles("Pokrovsk", 0, 10);
		assertThat(hits.getTotalElements()).isEqualTo(2);
		assertThat(hits.getContent().get(0).title()).isEqualTo("<b>Pokrovsk</b> under fire");
		SearchHit market = hits.getContent().get(1);
		assertThat(market.id()).isEqualTo(this.data.older);
		assertThat(market.snippet()).anySatisfy((part) -> {
			assertThat(part.match()).isTrue();
			assertThat(part.text()).isEqualTo("Pokrovsk");
		});
		String html = hits.getContent().get(0).snippetHtml();
		assertThat(html).contains("<mark>Pokrovsk</mark>").doesNotContain("<script").contains("&amp; Myrnohrad");
		assertThat(this.explorer.searchArticles("Udachne", 0, 10).getContent()).as("drafts are not found").isEmpty();
		assertThat(this.explorer.searchArticles("\"troops from North Korea\"", 0, 10).getContent())
			.extracting(SearchHit::id)
			.containsExactly(this.data.newer);
	}

	@Test
	void searchFindsClaimsThroughTheExplorerFilters() {
		assertThat(ids(Map.of("q", "wounded"))).containsExactly(this.woundedInUdachne);
		assertThat(ids(Map.of("q", "civilians killed", "placeId", String.valueOf(this.data.kharkiv))))
			.containsExactly(this.killedInKharkiv);
		Page<ClaimHit> hits = this.explorer.searchClaims(filter(Map.of("q", "North Korean")));
		assertThat(hits.getContent()).extracting((h) -> h.claim().id()).containsExactly(this.deployed);
		assertThat(hits.getContent().get(0).snippetHtml()).contains("<mark>North</mark>");
	}

	@Test
	void injectionLikeQueriesAreJustWords() {
		for (String q : new String[] { "'; drop table claim; --", "killed') or 1=1 --", "a & | ! ( ) : * <->", "\\",
				"\"unclosed", "-", "or or or", "%_%" }) {
			assertThat(this.explorer.searchArticles(q, 0, 10).getTotalElements()).as(q).isLessThanOrEqualTo(1);
			this.explorer.find(filter(Map.of("q", q, "party", q)));
			this.explorer.searchClaims(filter(Map.of("q", q)));
		}
		assertThat(this.jdbc.sql("select count(*) from claim").query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void exportsTheWholeSelectionInItsSortOrder() {
		ClaimExplorer.Export export = this.explorer
			.export(filter(Map.of("sort", "figure", "dir", "desc", "size", "1")));
		assertThat(export.truncated()).isFalse();
		assertThat(export.rows()).extracting(ClaimRow::id)
			.containsExactly(this.deployed, this.woundedInUdachne, this.killedInPokrovsk, this.killedInKharkiv);
	}

	private java.util.List<Long> ids(Map<String, String> params) {
		return this.explorer.find(filter(params)).getContent().stream().map(ClaimRow::id).toList();
	}

	private static ClaimFilter filter(Map<String, String> params) {
		ClaimFilter.Parsed parsed = ClaimFilter.parse(new HashMap<>(params));
		assertThat(parsed.errors()).isEmpty();
		return parsed.filter();
	}

}
