package org.claimtrace.source;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Canonical sources and the names the press uses for them. */
@Service
public class SourceService {

	private static final Set<String> KINDS = Set.of("GOVERNMENT", "MILITARY", "INTELLIGENCE", "OFFICIAL_PERSON",
			"PERSON", "NGO_THINK_TANK", "MEDIA", "UNNAMED_OFFICIALS", "OUTLET", "OTHER");

	private final JdbcClient jdbc;

	SourceService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The source known by this name or one of these aliases, created when new; new
	 * aliases are learned. Merged sources resolve to the one they were merged into.
	 * @param kind one of the source kinds, any case; unknown kinds are stored as OTHER
	 */
	@Transactional
	public Long resolve(String name, String kind, Collection<String> aliases) {
		String canonical = name.strip();
		Long id = findByAlias(canonical).orElse(null);
		if (id == null) {
			for (String alias : aliases) {
				id = findByAlias(alias).orElse(null);
				if (id != null) {
					break;
				}
			}
		}
		if (id == null) {
			id = this.jdbc.sql("""
					insert into source (name, kind) values (:name, :kind)
					on conflict (lower(name)) where merged_into_id is null do update set updated_at = now()
					returning id""")
				.param("name", truncate(canonical))
				.param("kind", normalizeKind(kind))
				.query(Long.class)
				.single();
		}
		learnAlias(id, canonical);
		for (String alias : aliases) {
			learnAlias(id, alias);
		}
		return id;
	}

	private Optional<Long> findByAlias(String alias) {
		return this.jdbc.sql("""
				select coalesce(s.merged_into_id, s.id) from source_alias a join source s on s.id = a.source_id
				where a.normalized = :normalized""").param("normalized", normalize(alias)).query(Long.class).optional();
	}

	private void learnAlias(Long sourceId, String alias) {
		String normalized = normalize(alias);
		if (normalized.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into source_alias (source_id, alias, normalized) values (:id, :alias, :normalized)
				on conflict (normalized) do nothing""")
			.param("id", sourceId)
			.param("alias", truncate(alias.strip()))
			.param("normalized", normalized)
			.update();
	}

	static String normalize(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		folded = folded.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
		return truncate(folded.replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip());
	}

	static String normalizeKind(String kind) {
		String upper = (kind != null) ? kind.toUpperCase(Locale.ROOT) : "OTHER";
		return KINDS.contains(upper) ? upper : "OTHER";
	}

	private static String truncate(String value) {
		return (value.length() <= 300) ? value : value.substring(0, 300);
	}

}
