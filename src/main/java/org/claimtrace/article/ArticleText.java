package org.claimtrace.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

	/**
	 * A claimed sentence [start, end) in the body and the anchor ids that must point into
	 * it (ids of claims whose figure is not marked get an empty anchor).
	 */
	public record Sentence(int start, int end, List<String> ids) {
	}

	/**
	 * A run of segments inside a paragraph: a claimed sentence (with the empty anchors it
	 * needs) or plain text between sentences.
	 */
	public record Block(boolean sentence, List<String> anchors, List<Segment> segments) {
	}

	public static List<List<Segment>> paragraphs(String body, List<Mark> marks) {
		List<Mark> kept = keptMarks(body, marks);
		List<List<Segment>> paragraphs = new ArrayList<>();
		for (int[] range : paragraphRanges(body)) {
			paragraphs.add(segments(body, range[0], range[1], kept));
		}
		return paragraphs;
	}

	/**
	 * Paragraphs of blocks: each claimed sentence is wrapped so that a link to any of its
	 * claims ({@code #claim-{id}}) can highlight the whole sentence. Paragraphs that are
	 * only sign-up or sharing prompts ({@link Boilerplate#isPrompt}) are left out: this
	 * is the public page's text; editors see the body as they saved it.
	 */
	public static List<List<Block>> paragraphs(String body, List<Mark> marks, List<Sentence> sentences) {
		List<Mark> kept = keptMarks(body, marks);
		Set<String> markIds = new HashSet<>();
		kept.forEach((m) -> markIds.add(m.id()));
		List<Sentence> merged = new ArrayList<>();
		sentences.stream()
			.filter((s) -> s.start() >= 0 && s.end() <= body.length() && s.start() < s.end())
			.sorted(Comparator.comparingInt(Sentence::start))
			.forEach((sentence) -> {
				Sentence last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && sentence.start() < last.end()) {
					List<String> ids = new ArrayList<>(last.ids());
					ids.addAll(sentence.ids());
					merged.set(merged.size() - 1,
							new Sentence(last.start(), Math.max(last.end(), sentence.end()), ids));
				}
				else {
					merged.add(sentence);
				}
			});
		Set<String> anchored = new HashSet<>();
		List<List<Block>> paragraphs = new ArrayList<>();
		for (int[] range : paragraphRanges(body)) {
			if (onlyPrompts(body, range)) {
				// a pasted "Sign up to our newsletter" is not shown to readers
				continue;
			}
			List<Block> blocks = new ArrayList<>();
			int cursor = range[0];
			for (Sentence sentence : merged) {
				int start = Math.max(sentence.start(), range[0]);
				int end = Math.min(sentence.end(), range[1]);
				if (start >= end) {
					continue;
				}
				if (start > cursor) {
					blocks.add(new Block(false, List.of(), segments(body, cursor, start, kept)));
				}
				List<String> anchors = new ArrayList<>();
				for (String id : sentence.ids()) {
					if (!markIds.contains(id) && anchored.add(id)) {
						anchors.add(id);
					}
				}
				blocks.add(new Block(true, anchors, segments(body, start, end, kept)));
				cursor = end;
			}
			if (cursor < range[1]) {
				blocks.add(new Block(false, List.of(), segments(body, cursor, range[1], kept)));
			}
			paragraphs.add(blocks);
		}
		return paragraphs;
	}

	private static boolean onlyPrompts(String body, int[] range) {
		for (String line : body.substring(range[0], range[1]).split("\n")) {
			if (!line.isBlank() && !Boilerplate.isPromptOnly(line)) {
				// (a report pasted on the prompt's line is shown)
				return false;
			}
		}
		return true;
	}

	private static List<Mark> keptMarks(String body, List<Mark> marks) {
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
		return kept;
	}

	/** [start, end) of each paragraph that holds more than white space. */
	private static List<int[]> paragraphRanges(String body) {
		List<int[]> ranges = new ArrayList<>();
		Matcher breaks = PARAGRAPH_BREAK.matcher(body);
		if (!body.contains("\n\n")) {
			breaks = LINE_BREAK.matcher(body);
		}
		int paragraphStart = 0;
		while (paragraphStart <= body.length()) {
			boolean found = breaks.find(paragraphStart);
			int paragraphEnd = found ? breaks.start() : body.length();
			if (!body.substring(paragraphStart, paragraphEnd).isBlank()) {
				ranges.add(new int[] { paragraphStart, paragraphEnd });
			}
			paragraphStart = found ? breaks.end() : body.length() + 1;
		}
		return ranges;
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
			// a mark cut by a paragraph or sentence boundary keeps its id on its first
			// piece only
			Mark piece = (start == mark.start()) ? mark
					: new Mark(mark.start(), mark.end(), null, mark.cssClass(), mark.title());
			segments.add(new Segment(body.substring(start, end), piece));
			cursor = end;
		}
		if (cursor < to) {
			segments.add(new Segment(body.substring(cursor, to), null));
		}
		return segments;
	}

}
