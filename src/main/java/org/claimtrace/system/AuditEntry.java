package org.claimtrace.system;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** One line of the audit log; states are JSON text. */
public record AuditEntry(Long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
		Long entityId, Long articleId, String beforeState, String afterState) {

	private static final ObjectMapper json = JsonMapper.builder().build();

	/** One field as it was and as it became (null where it did not exist). */
	public record Change(String field, String before, String after) {
	}

	/**
	 * The fields that changed, for people to read: "kind: killed → wounded". A creation
	 * lists every field with no "before".
	 */
	public List<Change> changes() {
		Map<String, Object> before = parse(this.beforeState);
		Map<String, Object> after = parse(this.afterState);
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object was = before.get(field);
			Object is = after.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new Change(field, text(was), text(is)));
			}
		}
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String state) {
		if (state == null || state.isBlank()) {
			return Map.of();
		}
		try {
			Object value = json.readValue(state, Object.class);
			return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of("value", value);
		}
		catch (JacksonException ex) {
			return new LinkedHashMap<>(Map.of("value", state));
		}
	}

}
