package org.claimtrace.system;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what, when, from what to what. Written in the caller's transaction. */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private static final ObjectMapper json = JsonMapper.builder().build();

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String entityType, Long entityId, Long articleId,
			Map<String, ?> before, Map<String, ?> after) {
		this.jdbc
			.sql("""
					insert into audit_log (actor, action, entity_type, entity_id, article_id, before_state, after_state)
					values (:actor, :action, :entityType, :entityId, :articleId, cast(:before as jsonb), cast(:after as jsonb))""")
			.param("actor", (actor != null) ? actor : "system")
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("articleId", articleId)
			.param("before", (before != null) ? json.writeValueAsString(before) : null)
			.param("after", (after != null) ? json.writeValueAsString(after) : null)
			.update();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, article_id,
				  before_state::text as before_state, after_state::text as after_state
				from audit_log order by occurred_at desc, id desc limit :limit""")
			.param("limit", limit)
			.query(AuditEntry.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> forArticle(Long articleId) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, article_id,
				  before_state::text as before_state, after_state::text as after_state
				from audit_log where article_id = :articleId order by occurred_at desc, id desc""")
			.param("articleId", articleId)
			.query(AuditEntry.class)
			.list();
	}

}
