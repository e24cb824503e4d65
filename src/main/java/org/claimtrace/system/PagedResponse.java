package org.claimtrace.system;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a read API list: {@code {items, page, size, totalItems, totalPages,
 * links:{self,next,prev}}}.
 */
public record PagedResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, Links links) {

	public record Links(String self, String next, String prev) {
	}

	/**
	 * @param path the list's path with its filter, e.g.
	 * {@code /api/v1/claims?kind=killed}
	 */
	public static <S, T> PagedResponse<T> of(Page<S> page, Function<S, T> mapper, String path) {
		String base = path + (path.contains("?") ? "&" : "?");
		int number = page.getNumber();
		int size = page.getSize();
		String self = base + "page=" + number + "&size=" + size;
		String next = page.hasNext() ? base + "page=" + (number + 1) + "&size=" + size : null;
		String prev = (number > 0)
				? base + "page=" + Math.min(number - 1, Math.max(page.getTotalPages() - 1, 0)) + "&size=" + size : null;
		return new PagedResponse<>(page.getContent().stream().map(mapper).toList(), number, size,
				page.getTotalElements(), page.getTotalPages(), new Links(self, next, prev));
	}

}
