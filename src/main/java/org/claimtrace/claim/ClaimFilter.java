package org.claimtrace.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader asks of the claims explorer, as the URL carries it. Every field is
 * optional; {@link #parse(Map)} checks raw request parameters and reports each bad one
 * instead of failing.
 *
 * @param kind claim kind, e.g. {@code killed}
 * @param category CASUALTY, FORCE_SIZE, DISTANCE or OTHER_FIGURE
 * @param party part of the party, any case
 * @param placeId a place; a region or country includes the places inside it
 * @param from earliest article publication date (inclusive)
 * @param to latest article publication date (inclusive)
 * @param q full-text query (web search syntax)
 * @param sort one of {@link #SORTS}
 * @param page zero-based page
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 */
public record ClaimFilter(String kind, String category, String party, Long sourceId, String sourceKind, Long placeId,
		LocalDate from, LocalDate to, String verification, String reviewStatus, String q, String sort,
		boolean descending, int page, int size) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	public static final List<String> CATEGORIES = List.of("CASUALTY", "FORCE_SIZE", "DISTANCE", "OTHER_FIGURE");

	public static final List<String> SOURCE_KINDS = List.of("GOVERNMENT", "MILITARY", "INTELLIGENCE", "OFFICIAL_PERSON",
			"PERSON", "NGO_THINK_TANK", "MEDIA", "UNNAMED_OFFICIALS", "OUTLET", "OTHER");

	public static final List<String> VERIFICATIONS = List.of("UNVERIFIED", "CONFIRMED", "DISPUTED", "NOT_STATED");

	/** Review states readers may filter on (rejected claims are never public). */
	public static final List<String> REVIEW_STATUSES = List.of("UNREVIEWED", "APPROVED", "EDITED");

	/** Sortable columns. */
	public static final List<String> SORTS = List.of("published", "figure", "kind", "category", "party", "source",
			"place");

	private static final Pattern KIND = Pattern.compile("[a-z_]{1,30}");

	private static final Set<String> KEYS = Set.of("kind", "category", "party", "sourceId", "sourceKind", "placeId",
			"from", "to", "verification", "reviewStatus", "q", "sort", "dir", "page", "size");

	public ClaimFilter {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		sort = (sort != null && SORTS.contains(sort)) ? sort : "published";
	}

	/** Everything, newest first. */
	public static ClaimFilter all() {
		return new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, "published", true, 0,
				DEFAULT_SIZE);
	}

	public ClaimFilter withSource(Long id) {
		return new ClaimFilter(this.kind, this.category, this.party, id, this.sourceKind, this.placeId, this.from,
				this.to, this.verification, this.reviewStatus, this.q, this.sort, this.descending, this.page,
				this.size);
	}

	public ClaimFilter withPlace(Long id) {
		return new ClaimFilter(this.kind, this.category, this.party, this.sourceId, this.sourceKind, id, this.from,
				this.to, this.verification, this.reviewStatus, this.q, this.sort, this.descending, this.page,
				this.size);
	}

	public ClaimFilter withPage(int page, int size) {
		return new ClaimFilter(this.kind, this.category, this.party, this.sourceId, this.sourceKind, this.placeId,
				this.from, this.to, this.verification, this.reviewStatus, this.q, this.sort, this.descending, page,
				size);
	}

	public ClaimFilter withSort(String sort, boolean descending) {
		return new ClaimFilter(this.kind, this.category, this.party, this.sourceId, this.sourceKind, this.placeId,
				this.from, this.to, this.verification, this.reviewStatus, this.q, sort, descending, this.page,
				this.size);
	}

	/** The filter and what was wrong with the parameters (each bad one is ignored). */
	public record Parsed(ClaimFilter filter, List<FieldError> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

	public record FieldError(String field, String message) {
	}

	/** Reads request parameters; unknown parameters are ignored. */
	public static Parsed parse(Map<String, String> params) {
		List<FieldError> errors = new ArrayList<>();
		String kind = text(params, "kind");
		if (kind != null) {
			kind = kind.toLowerCase(Locale.ROOT).replace(' ', '_');
			if (!KIND.matcher(kind).matches()) {
				errors.add(new FieldError("kind", "Unknown claim kind."));
				kind = null;
			}
		}
		String category = oneOf(params, "category", CATEGORIES, errors, "Unknown category.");
		String party = text(params, "party");
		if (party != null && party.length() > 300) {
			errors.add(new FieldError("party", "The party can be at most 300 characters."));
			party = null;
		}
		Long sourceId = id(params, "sourceId", errors, "The source must be a number.");
		String sourceKind = oneOf(params, "sourceKind", SOURCE_KINDS, errors, "Unknown kind of source.");
		Long placeId = id(params, "placeId", errors, "The place must be a number.");
		LocalDate from = date(params, "from", errors);
		LocalDate to = date(params, "to", errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.add(new FieldError("to", "The end date is before the start date."));
			to = null;
		}
		String verification = oneOf(params, "verification", VERIFICATIONS, errors, "Unknown verification state.");
		String reviewStatus = text(params, "reviewStatus");
		if (reviewStatus != null && "REJECTED".equalsIgnoreCase(reviewStatus)) {
			errors.add(new FieldError("reviewStatus", "Rejected claims are not published."));
			reviewStatus = null;
		}
		else {
			reviewStatus = oneOf(params, "reviewStatus", REVIEW_STATUSES, errors, "Unknown review state.");
		}
		String q = text(params, "q");
		if (q != null && q.length() > 200) {
			errors.add(new FieldError("q", "The search can be at most 200 characters."));
			q = null;
		}
		String sort = text(params, "sort");
		if (sort != null && !SORTS.contains(sort)) {
			errors.add(new FieldError("sort", "Results can be sorted by " + String.join(", ", SORTS) + "."));
			sort = null;
		}
		String dir = text(params, "dir");
		if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
			errors.add(new FieldError("dir", "The direction is asc or desc."));
			dir = null;
		}
		boolean descending = (dir != null) ? dir.equals("desc") : (sort == null || sort.equals("published"));
		int page = 0;
		Integer requestedPage = number(params, "page", errors, "The page must be a number.");
		if (requestedPage != null) {
			if (requestedPage < 0) {
				errors.add(new FieldError("page", "The page cannot be negative; showing the first page."));
			}
			else {
				page = requestedPage;
			}
		}
		int size = DEFAULT_SIZE;
		Integer requestedSize = number(params, "size", errors, "The page size must be a number.");
		if (requestedSize != null) {
			if (requestedSize < 1 || requestedSize > MAX_SIZE) {
				errors.add(new FieldError("size", "The page size must be between 1 and " + MAX_SIZE + "."));
				size = (requestedSize < 1) ? DEFAULT_SIZE : MAX_SIZE;
			}
			else {
				size = requestedSize;
			}
		}
		return new Parsed(new ClaimFilter(kind, category, party, sourceId, sourceKind, placeId, from, to, verification,
				reviewStatus, q, sort, descending, page, size), List.copyOf(errors));
	}

	/** The filter's parameters without page and sort, for links that keep it. */
	public Map<String, String> parameters() {
		Map<String, String> out = new LinkedHashMap<>();
		put(out, "q", this.q);
		put(out, "kind", this.kind);
		put(out, "category", this.category);
		put(out, "party", this.party);
		put(out, "sourceId", this.sourceId);
		put(out, "sourceKind", this.sourceKind);
		put(out, "placeId", this.placeId);
		put(out, "from", this.from);
		put(out, "to", this.to);
		put(out, "verification", this.verification);
		put(out, "reviewStatus", this.reviewStatus);
		return out;
	}

	/** {@code kind=killed&from=2024-01-01}: the filter, no page, no sort. */
	public String queryString() {
		StringBuilder query = new StringBuilder();
		parameters().forEach((key, value) -> {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return query.toString();
	}

	/** The filter with its sort and page size (for export links and pagination). */
	public String queryStringWithSort() {
		String base = queryString();
		String sorted = "sort=" + this.sort + "&dir=" + (this.descending ? "desc" : "asc");
		return base.isEmpty() ? sorted : base + "&" + sorted;
	}

	/**
	 * The URL of this filter sorted by {@code column}: toggles the direction on the
	 * current column.
	 */
	public String sortQuery(String column) {
		boolean desc = column.equals(this.sort) ? !this.descending : column.equals("published");
		String base = queryString();
		String sorted = "sort=" + column + "&dir=" + (desc ? "desc" : "asc") + "&size=" + this.size;
		return base.isEmpty() ? sorted : base + "&" + sorted;
	}

	public boolean isEmpty() {
		return parameters().isEmpty();
	}

	private static void put(Map<String, String> out, String key, Object value) {
		if (value != null) {
			out.put(key, value.toString());
		}
	}

	private static String text(Map<String, String> params, String key) {
		String value = params.get(key);
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	private static String oneOf(Map<String, String> params, String key, List<String> allowed, List<FieldError> errors,
			String message) {
		String value = text(params, key);
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			errors.add(new FieldError(key, message));
			return null;
		}
		return upper;
	}

	private static Long id(Map<String, String> params, String key, List<FieldError> errors, String message) {
		String value = text(params, key);
		if (value == null) {
			return null;
		}
		try {
			long id = Long.parseLong(value);
			if (id < 1) {
				errors.add(new FieldError(key, message));
				return null;
			}
			return id;
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(key, message));
			return null;
		}
	}

	private static Integer number(Map<String, String> params, String key, List<FieldError> errors, String message) {
		String value = text(params, key);
		if (value == null) {
			return null;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(key, message));
			return null;
		}
	}

	private static LocalDate date(Map<String, String> params, String key, List<FieldError> errors) {
		String value = text(params, key);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(key, "Enter the date as YYYY-MM-DD."));
			return null;
		}
	}

	static boolean isKnownKey(String key) {
		return KEYS.contains(key);
	}

}
