package org.claimtrace.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body into paragraphs of plain and marked segments without losing
 * character offsets, so that claim spans (offsets into the stored body) can be
 * highlighted where they stand.
 */
public final class ArticleText {

	/**
	 * Blank lines separate paragraphs; a body without any is split on single newlines.
	 */
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LINE_BREAK = Pattern.compile("\\n");

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
		Matcher breaks = PARAGRAPH_BREAK.matcher(body);
		if (!body.contains("\n\n")) {
			breaks = LINE_BREAK.matcher(body);
		}
		int paragraphStart = 0;
		while (paragraphStart <= body.length()) {
			boolean found = breaks.find(paragraphStart);
			int paragraphEnd = found ? breaks.start() : body.length();
			List<Segment> segments = segments(body, paragraphStart, paragraphEnd, kept);
			if (segments.stream().anyMatch((s) -> !s.text().isBlank())) {
				paragraphs.add(segments);
			}
			paragraphStart = found ? breaks.end() : body.length() + 1;
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
