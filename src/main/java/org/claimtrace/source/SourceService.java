package org.claimtrace.source;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.DuplicateResourceException;
import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Canonical sources and the names the press uses for them. */
@Service
public class SourceService {

	private static final Set<String> KINDS = Set.of("GOVERNMENT", "MILITARY", "INTELLIGENCE", "OFFICIAL_PERSON",
			"PERSON", "NGO_THINK_TANK", "MEDIA", "UNNAMED_OFFICIALS", "OUTLET", "OTHER");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	SourceService(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** The kinds a source can have, for forms. */
	public static List<String> kinds() {
		return KINDS.stream().sorted().toList();
	}

	private static final String SUMMARIES = """
			select s.id, s.name, s.kind, s.country_code, s.version,
			  (select string_agg(a.alias, ', ' order by a.alias) from source_alias a where a.source_id = s.id) as aliases,
			  (select count(*) from claim c where c.source_id = s.id) as claims,
			  (select count(*) from attribution t where t.source_id = s.id) as attributions
			from source s""";

	/**
	 * Sources not merged away, by name; those whose name or alias contains the query when
	 * one is given. At most 500.
	 */
	@Transactional(readOnly = true)
	public List<SourceSummary> list(String query) {
		String like = (query == null || query.isBlank()) ? null : "%" + normalize(query) + "%";
		return this.jdbc.sql(SUMMARIES + """
				 where s.merged_into_id is null and (cast(:like as text) is null or exists
				   (select 1 from source_alias a where a.source_id = s.id and a.normalized like cast(:like as text))
				   or lower(s.name) like cast(:like as text))
				order by lower(s.name), s.id limit 500""").param("like", like).query(SourceSummary.class).list();
	}

	@Transactional(readOnly = true)
	public SourceSummary details(Long id) {
		return this.jdbc.sql(SUMMARIES + " where s.id = :id and s.merged_into_id is null")
			.param("id", id)
			.query(SourceSummary.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No source with id " + id));
	}

	/**
	 * Renames a source or changes its kind; the old name stays known as an alias.
	 * @throws EditConflictException when someone saved it since {@code expectedVersion}
	 * @throws DuplicateResourceException when another source has that name
	 */
	@Transactional
	public SourceSummary update(Long id, String name, String kind, long expectedVersion, String actor) {
		SourceSummary before = details(id);
		if (before.version() != expectedVersion) {
			throw new EditConflictException("source", id);
		}
		String newName = truncate(name.strip());
		String newKind = normalizeKind(kind);
		Long clash = this.jdbc
			.sql("select id from source where lower(name) = lower(:name) and merged_into_id is null and id <> :id")
			.param("name", newName)
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (clash != null) {
			throw new DuplicateResourceException("Another source is called " + newName + "; merge the two instead",
					"name", "/admin/sources/" + clash);
		}
		int updated = this.jdbc.sql("""
				update source set name = :name, kind = :kind, updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("name", newName)
			.param("kind", newKind)
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new EditConflictException("source", id);
		}
		learnAlias(id, newName);
		SourceSummary after = details(id);
		this.audit.record(actor, "source.edited", "source", id, null, auditState(before), auditState(after));
		return after;
	}

	/**
	 * Merges a duplicate into the target: its aliases and its old name become the
	 * target's, what named it names the target ({@link SourceMerged}), and it is kept as
	 * merged_into the target.
	 */
	@Transactional
	public SourceSummary merge(Long duplicateId, Long targetId, String actor) {
		if (duplicateId.equals(targetId)) {
			throw new IllegalArgumentException("A source cannot be merged into itself");
		}
		SourceSummary duplicate = details(duplicateId);
		SourceSummary target = details(targetId);
		this.jdbc.sql("update source_alias set source_id = :target where source_id = :duplicate")
			.param("target", targetId)
			.param("duplicate", duplicateId)
			.update();
		learnAlias(targetId, duplicate.name());
		this.jdbc
			.sql("update source set merged_into_id = :target, updated_at = now(), version = version + 1 "
					+ "where id = :duplicate or merged_into_id = :duplicate")
			.param("target", targetId)
			.param("duplicate", duplicateId)
			.update();
		this.events.publishEvent(new SourceMerged(duplicateId, targetId));
		SourceSummary after = details(targetId);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("duplicate", auditState(duplicate));
		before.put("target", auditState(target));
		Map<String, Object> merged = new LinkedHashMap<>(auditState(after));
		merged.put("mergedFrom", duplicate.name() + " (#" + duplicateId + ")");
		this.audit.record(actor, "source.merged", "source", targetId, null, before, merged);
		return after;
	}

	private static Map<String, Object> auditState(SourceSummary s) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", s.name());
		state.put("kind", s.kind());
		state.put("aliases", s.aliases());
		state.put("claims", s.claims());
		return state;
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
