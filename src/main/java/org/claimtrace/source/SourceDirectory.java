package org.claimtrace.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources as readers see them: who they are and the names the press uses for them. */
@Service
public class SourceDirectory {

	private final JdbcClient jdbc;

	SourceDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A source with its aliases.
	 *
	 * @param mergedIntoId set when editors merged this source into another one
	 */
	public record SourceDetails(Long id, String name, String kind, String countryCode, String description,
			Long mergedIntoId, List<String> aliases) {

		public String kindLabel() {
			return this.kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		}

	}

	public record SourceSummary(Long id, String name, String kind) {
	}

	@Transactional(readOnly = true)
	public Optional<SourceDetails> find(Long id) {
		List<String> aliases = this.jdbc
			.sql("select alias from source_alias where source_id = :id order by lower(alias)")
			.param("id", id)
			.query(String.class)
			.list();
		return this.jdbc
			.sql("select id, name, kind, country_code, description, merged_into_id from source where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				String name = rs.getString("name");
				return new SourceDetails(rs.getLong("id"), name, rs.getString("kind"), rs.getString("country_code"),
						rs.getString("description"), rs.getObject("merged_into_id", Long.class),
						aliases.stream().filter((a) -> !a.equalsIgnoreCase(name)).toList());
			})
			.optional();
	}

	/**
	 * Canonical sources (merged ones left out) by name.
	 * @param kind a source kind (upper case) or null for all
	 */
	@Transactional(readOnly = true)
	public Page<SourceSummary> list(String kind, int page, int size) {
		String where = " where merged_into_id is null" + ((kind != null) ? " and kind = :kind" : "");
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from source" + where);
		JdbcClient.StatementSpec rows = this.jdbc
			.sql("select id, name, kind from source" + where + " order by lower(name), id limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) page * size);
		if (kind != null) {
			count = count.param("kind", kind);
			rows = rows.param("kind", kind);
		}
		long total = count.query(Long.class).single();
		return new PageImpl<>(
				rows.query((rs, n) -> new SourceSummary(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
					.list(),
				PageRequest.of(page, size), total);
	}

}
