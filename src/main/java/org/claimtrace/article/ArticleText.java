package org.claimtrace.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an article body into paragraphs of plain and marked segments without losing
 * character offsets, so that claim spans (offsets into the stored body) can be
 * highlighted where they stand.
 */
public final class ArticleText {

	private ArticleText() {
	}

	/** A stretch to highlight: [start, end) in the body. */
	public record Mark(int start, int end, String id, String cssClass, String title) {
	}

	/** Plain text when mark is null. */
	public record Segment(String text, Mark mark) {
	}

	public static List<List<Segment>> paragraphs(String body, List<Mark> marks) {
		List<Mark> ordered = marks.stream()
			.filter((m) -> m.start() >= 0 && m.end() <= body.length() && m.start() < m.end())
			.sorted(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()))
			.toList();
		List<Mark> kept = new ArrayList<>();
		int reach = -1;
		for (Mark mark : ordered) {
			if (mark.start() >= reach) {
				kept.add(mark);
				reach = mark.end();
			}
		}
		List<List<Segment>> paragraphs = new ArrayList<>();
		String breakPattern = body.contains("\n\n") ? "\n\n" : "\n";
		int paragraphStart = 0;
		while (paragraphStart <= body.length()) {
			int paragraphEnd = body.indexOf(breakPattern, paragraphStart);
			if (paragraphEnd < 0) {
				paragraphEnd = body.length();
			}
			List<Segment> segments = segments(body, paragraphStart, paragraphEnd, kept);
			if (segments.stream().anyMatch((s) -> !s.text().isBlank())) {
				paragraphs.add(segments);
			}
			paragraphStart = paragraphEnd + breakPattern.length();
		}
		return paragraphs;
	}

	private static List<Segment> segments(String body, int from, int to, List<Mark> marks) {
		List<Segment> segments = new ArrayList<>();
		int cursor = from;
		for (Mark mark : marks) {
			if (mark.end() <= from || mark.start() >= to) {
				continue;
			}
			int start = Math.max(mark.start(), from);
			int end = Math.min(mark.end(), to);
			if (start > cursor) {
				segments.add(new Segment(body.substring(cursor, start), null));
			}
			segments.add(new Segment(body.substring(start, end), mark));
			cursor = end;
		}
		if (cursor < to) {
			segments.add(new Segment(body.substring(cursor, to), null));
		}
		return segments;
	}

}
