package org.claimtrace.source;

import java.util.List;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresJpaTest
@Import(SourceService.class)
class SourceServiceTests {

	@Autowired
	SourceService sources;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aliasesLeadToOneCanonicalSource() {
		Long gur = this.sources.resolve("GUR", "intelligence", List.of("Ukraine's military intelligence directorate"));
		assertThat(this.sources.resolve("HUR", "intelligence", List.of("GUR"))).isEqualTo(gur);
		assertThat(this.sources.resolve("Ukraine’s military intelligence directorate", "intelligence", List.of()))
			.as("curly apostrophe, other case")
			.isEqualTo(gur);
		assertThat(this.jdbc.sql("select kind from source where id = ?").param(gur).query(String.class).single())
			.isEqualTo("INTELLIGENCE");
	}

	@Test
	void unknownKindsAreStoredAsOther() {
		Long id = this.sources.resolve("Some Blog", "blogger", List.of());
		assertThat(this.jdbc.sql("select kind from source where id = ?").param(id).query(String.class).single())
			.isEqualTo("OTHER");
	}

	@Test
	void theLeadingArticleDoesNotMakeANewSource() {
		Long kremlin = this.sources.resolve("Kremlin", "government", List.of());
		assertThat(this.sources.resolve("the Kremlin", "government", List.of())).isEqualTo(kremlin);
	}

	@Test
	void renamingChecksTheVersionAndRefusesANameAnotherSourceHas() {
		Long gur = this.sources.resolve("GUR", "intelligence", List.of());
		this.sources.resolve("Pentagon", "military", List.of());
		long version = this.sources.details(gur).version();
		SourceSummary renamed = this.sources.update(gur, "Defence Intelligence of Ukraine", "INTELLIGENCE", version,
				"editor");
		assertThat(renamed.name()).isEqualTo("Defence Intelligence of Ukraine");
		assertThat(this.sources.resolve("GUR", "other", List.of())).as("the old name still leads here").isEqualTo(gur);
		assertThatThrownBy(() -> this.sources.update(gur, "Other name", "INTELLIGENCE", version, "editor"))
			.isInstanceOf(org.claimtrace.system.EditConflictException.class);
		assertThatThrownBy(() -> this.sources.update(gur, "pentagon", "INTELLIGENCE", renamed.version(), "editor"))
			.isInstanceOf(org.claimtrace.system.DuplicateResourceException.class);
		assertThat(this.jdbc.sql("select action from audit_log where entity_id = :id")
			.param("id", gur)
			.query(String.class)
			.list()).containsExactly("source.edited");
	}

}
