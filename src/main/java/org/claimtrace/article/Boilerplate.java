package org.claimtrace.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a web page adds around a report and editors paste with it: sign-up and sharing
 * prompts ("Simply sign up to the ... Digest", "Read the full article here") and credit
 * lines ("Additional reporting by ...", "Copyright ..."). Extraction ignores both; the
 * public article page leaves out the prompts but keeps the credits, which belong to the
 * report.
 */
public final class Boilerplate {

	private static final List<Pattern> PROMPTS = List.of(Pattern.compile("(?i)stay informed with free updates\\.?"),
			Pattern.compile("(?i)(simply )?sign up (to|for|now|here)\\b.*"),
			Pattern.compile("(?i)subscribe (to|now|here|today)\\b.*"),
			Pattern.compile("(?i)read (the )?(full|whole|original) (article|story)( here)?\\.?"),
			Pattern.compile("(?i)(click|tap) here\\b.*"), Pattern.compile("(?i)(got|have) a (news )?tip\\?.*"),
			Pattern.compile("(?i)(call|contact|email|text|message|whatsapp) us (on|at|via)\\b.*"),
			Pattern.compile("(?i)(follow|like) us on\\b.*"), Pattern.compile("(?i)share (this|on)\\b.{0,40}"),
			Pattern.compile("(?i)advertisement|skip advert(isement)?"),
			Pattern.compile("(?i).{0,80}delivered (directly )?to your inbox\\.?"),
			Pattern.compile("(?i)(recommended|related( articles| stories)?|most read|more on this( story)?)\\s*:?"));

	private static final List<Pattern> CREDITS = List.of(Pattern.compile("(?i)(additional )?reporting by\\b.{0,120}"),
			Pattern.compile("(?i)(edited|written|compiled) by\\b.{0,120}"),
			Pattern.compile("(?i)(copyright|©).{0,160}"), Pattern.compile("(?i)all rights reserved\\.?"));

	/** The rest of a credit line: "Editing by Tom Lee." */
	private static final Pattern CREDIT_TAIL = Pattern
		.compile("(?i)(additional )?(editing|writing|reporting|research|graphics|photos?|video|production) by\\b");

	/**
	 * The imperative that opens a sales pitch after a prompt: "Enjoy 30 days of free
	 * access", "Join 50,000 readers today" (a pitch only with a word of one after it).
	 */
	private static final Pattern PITCH_OPENER = Pattern
		.compile("(?i)^(enjoy|get|join|try|start|unlock|download|subscribe|sign|become|support|claim|save|register"
				+ "|access)\\b");

	/**
	 * Words of a pitch after its imperative, in lower case ("Save the Children said" and
	 * "Access Now said" are no pitch).
	 */
	private static final Pattern PITCH_WORDS = Pattern.compile("\\b(you|your|us|our|readers|premium|subscri\\w*"
			+ "|newsletters?|unlimited|trial|free|members?|membership|offer|access|app|journalism|today|now|month|days?"
			+ "|weeks?)\\b|\\d+ ?%");

	/**
	 * A pitch with no imperative, addressed to the reader outside any quotation: "Premium
	 * members get 3 reports a week", "your first month is on us", "Over 2 million readers
	 * trust us".
	 */
	private static final Pattern READER_PITCH = Pattern.compile("\\b(you|your)\\b|\\breaders\\b.*\\b(us|our|we)\\b"
			+ "|(?i)\\b(premium|subscri\\w*|newsletters?|unlimited)\\b");

	/** A quotation, which speaks to someone other than the reader. */
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

	/** The end of a sentence and the capital that opens the next: "newsletter. Three". */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?(?=\\s+[\"“‘]?[A-Z])");

	private Boilerplate() {
	}

	/** A sign-up, sharing or navigation prompt (the whole line, stripped). */
	public static boolean isPrompt(String line) {
		return matchesAny(PROMPTS, line.strip());
	}

	/** A prompt or a credit line: not part of what the report claims. */
	public static boolean isBoilerplate(String line) {
		String stripped = line.strip();
		return matchesAny(PROMPTS, stripped) || matchesAny(CREDITS, stripped);
	}

	/**
	 * The character ranges of a line that are boilerplate (prompts, and credits when
	 * {@code credits}), for a line that opens with it. "Sign up to our Morning Briefing
	 * newsletter. Three people were killed ...", pasted as one paragraph, loses only the
	 * prompt and any later sentence that is boilerplate too; a line with no sentence of
	 * prose besides ("Reporting by Ana Ruiz. Editing by Tom Lee.", "Subscribe today.
	 * Enjoy 30 days of free access.") goes whole. Empty for a line that is not
	 * boilerplate.
	 */
	public static List<int[]> spans(String line, boolean credits) {
		String stripped = line.strip();
		if (!(credits ? isBoilerplate(stripped) : isPrompt(stripped))) {
			return List.of();
		}
		List<int[]> spans = new ArrayList<>();
		boolean prose = false;
		Matcher end = SENTENCE_END.matcher(line);
		int from = 0;
		while (from < line.length()) {
			int to = end.find(from) ? end.end() : line.length();
			String part = line.substring(from, to).strip();
			boolean boilerplate = credits ? isBoilerplate(part) : isPrompt(part);
			if (boilerplate) {
				spans.add(new int[] { from, to });
			}
			// a sentence of prose, not the rest of a credit ("Editing by Ana Ruiz.") nor
			// a
			// sales pitch ("Enjoy 30 days of free access.")
			int words = part.split("\\s+").length;
			prose |= !boilerplate && words >= 3 && !(words < 8 && CREDIT_TAIL.matcher(part).lookingAt())
					&& !pitch(part);
			from = to;
		}
		return prose ? spans : List.of(new int[] { 0, line.length() });
	}

	/** Whether a sentence after a prompt is a sales pitch to the reader. */
	private static boolean pitch(String sentence) {
		String unquoted = QUOTED.matcher(sentence).replaceAll(" ");
		return PITCH_OPENER.matcher(sentence).find() && PITCH_WORDS.matcher(unquoted).find()
				|| READER_PITCH.matcher(unquoted).find();
	}

	/** Whether a line is prompts only, with no report pasted on it. */
	public static boolean isPromptOnly(String line) {
		List<int[]> spans = spans(line, false);
		return spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == line.length();
	}

	private static boolean matchesAny(List<Pattern> patterns, String line) {
		if (line.isEmpty()) {
			return false;
		}
		for (Pattern pattern : patterns) {
			if (pattern.matcher(line).matches()) {
				return true;
			}
		}
		return false;
	}

}
