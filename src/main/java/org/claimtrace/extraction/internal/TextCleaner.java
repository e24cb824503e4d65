package org.claimtrace.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrace.article.Boilerplate;

/**
 * Blanks out what is not article text (newsletter prompts, "Read the full article here",
 * bylines, pasted HTML tags and entities) by overwriting it with spaces, so every offset
 * into the cleaned text is also an offset into the submitted text.
 */
class TextCleaner {

	private static final Pattern TRAILING_READ_MORE = Pattern
		.compile("(?i)\\s(read (the )?(full|whole|original) (article|story)( here)?\\.?)\\s*$");

	/**
	 * A line that links to another story: a label ("Related:", "Earlier:", "See also:")
	 * and one headline-long sentence ("Earlier: Two critically wounded in Delmar
	 * shooting"); its counts are another story's or outdated.
	 */
	private static final Pattern TEASER_LINE = Pattern.compile("(?i)(related( stories| story| coverage| content)?"
			+ "|earlier|previously|previous coverage|read (more|also)|also read|see also|more( coverage| news)?"
			+ "|watch)\\s*:\\s*[^.!?\\n]{3,160}[.!?]?");

	private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|<!--.*?-->",
			Pattern.DOTALL);

	/** A site name glued to the first word of the body ("abc7ny.comA man was shot"). */
	private static final Pattern GLUED_DOMAIN = Pattern
		.compile("\\b[\\w-]+(\\.[\\w-]+)*\\.(com|net|org|co\\.uk|tv)(?=\\p{Lu})");

	/**
	 * Two sentences glued without a space ("found her with a leg wound.She was taken"):
	 * the period becomes a line break, which ends the sentence and keeps every offset.
	 */
	private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");

	/**
	 * Words a period shortens which a name may follow without a space ("Sen.Warren",
	 * "St.Louis"); not words that come before a number or end a name ("No.", "Jan.",
	 * "Inc.", "Ave."), after which a glued capital starts a sentence.
	 */
	private static final Set<String> ABBREVIATIONS = Set.of("sen", "rep", "gov", "mr", "mrs", "ms", "dr", "lt", "sgt",
			"capt", "cpl", "pvt", "det", "gen", "col", "maj", "adm", "cmdr", "supt", "insp", "atty", "rev", "prof",
			"pres", "st", "ste", "mt", "ft", "vs");

	/**
	 * A publisher's rights line; what follows it on a page is another story, a list of
	 * headlines or the site's notices, never the article.
	 */
	private static final Pattern RIGHTS_RESERVED = Pattern.compile("(?i)\\ball rights reserved\\b\\.?");

	/**
	 * A line that opens the readers' comments ("Comments", "12 Comments", "Leave a
	 * reply"); what follows is the readers', not the article's (a commenter's "two people
	 * got killed here last summer"). Not a share bar's "Comment" button, which a page may
	 * set in the middle of the article.
	 */
	private static final Pattern COMMENTS_HEADING = Pattern
		.compile("(?i)(\\d+ )?comments( \\(\\d+\\))?|\\d+ comment|comment \\(\\d+\\)"
				+ "|(leave|post|add) a (comment|reply)|(join|start) the (conversation|discussion)|(show|view|read) comments");

	/** A share bar's button before a comment count: "Share", "Save", "Gift article". */
	private static final Pattern SHARE_BUTTON = Pattern
		.compile("(?i)(share|save|print|email|listen|gift)( (this )?(article|story|page))?");

	/**
	 * A line of page chrome, not of the article's prose: a byline, a time stamp, a
	 * caption, a share bar ("By Ana Lopez, Staff | Published ...", "Photo: Police tape
	 * ...").
	 */
	private static final Pattern CHROME_LINE = Pattern.compile(
			"(?i)(by|posted|published|updated|photo|caption|image|credit)\\b.*|.*\\|.*|.*\\b(photo|caption|image|credit)s?:.*");

	/** The end of a sentence of prose: "police said. He was", "... released." */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?(\\s+[\"“]?[A-Z]|\\s*$)");

	/** Characters of article text a rights line comes after to close the article. */
	static final int ARTICLE_BEFORE_RIGHTS = 200;

	private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});");

	private static final Map<String, String> ENTITIES = Map.of("amp", "&", "quot", "\"", "apos", "'", "lt", "<", "gt",
			">", "nbsp", " ", "rsquo", "’", "lsquo", "‘", "rdquo", "”", "ldquo", "“");

	String clean(String text) {
		return clean(text, new QuotationState());
	}

	/** {@link #clean(String)} with the quotation reader given (tests count its work). */
	String clean(String text, QuotationState quotation) {
		char[] out = text.toCharArray();
		blank(out, HTML_TAG.matcher(text));
		blank(out, GLUED_DOMAIN.matcher(text));
		Matcher entity = ENTITY.matcher(text);
		while (entity.find()) {
			String replacement = decode(entity.group(1));
			blankRange(out, entity.start(), entity.end());
			if (replacement != null) {
				out[entity.start()] = replacement.charAt(0);
			}
		}
		int lineStart = 0;
		int sentences = 0;
		String previous = "";
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = new String(out, lineStart, lineEnd - lineStart).strip();
			// only once the article's prose has begun (two sentences): a share bar or a
			// caption above the body may carry "View comments" too
			// (not "Comment (0)", nor a button of a share bar: "Share" / "Comment (3)")
			if (sentences >= 2 && COMMENTS_HEADING.matcher(line).matches() && !line.matches("\\D*\\b0\\b\\D*")
					&& !SHARE_BUTTON.matcher(previous).matches()) {
				blankRange(out, lineStart, out.length);
				break;
			}
			if (!line.isEmpty()) {
				previous = line;
			}
			if (!CHROME_LINE.matcher(line).matches()) {
				sentences += (int) SENTENCE_END.matcher(line).results().count();
			}
			String raw = new String(out, lineStart, lineEnd - lineStart);
			// (empty for a line that is no boilerplate)
			List<int[]> boilerplate = Boilerplate.spans(raw, true);
			if (!line.isEmpty() && TEASER_LINE.matcher(line).matches()) {
				blankRange(out, lineStart, lineEnd);
			}
			else if (!boilerplate.isEmpty()) {
				// "Sign up to our Morning Briefing newsletter. Three people were killed
				// ...": the prompt goes, the report pasted on its line stays
				for (int[] span : boilerplate) {
					blankRange(out, lineStart + span[0], lineStart + span[1]);
				}
			}
			else {
				Matcher trailing = TRAILING_READ_MORE.matcher(raw);
				if (trailing.find()) {
					blankRange(out, lineStart + trailing.start(1), lineStart + trailing.end(1));
				}
			}
			lineStart = lineEnd + 1;
		}
		Matcher rights = RIGHTS_RESERVED.matcher(text);
		while (rights.find()) {
			if (rights.start() >= ARTICLE_BEFORE_RIGHTS) {
				// "... All rights reserved.Suffolk crash kills 2SUFFOLK, Va. —": the
				// next story on the page is not the article's
				blankRange(out, rights.end(), out.length);
				break;
			}
		}
		Matcher glued = GLUED_SENTENCE.matcher(text);
		while (glued.find()) {
			int dot = glued.start();
			if (out[dot] == '.' && out[dot + 1] != ' ' && !abbreviationOrAddress(text, dot)) {
				// inside a quotation a line break would cut the quote in two
				out[dot] = quotation.openAt(text, dot) ? ' ' : '\n';
			}
		}
		return new String(out);
	}

	/**
	 * Whether the period at {@code dot} belongs to an abbreviation ("Sen.Warren") or a
	 * web or mail address ("www.Facebook.com", "Police.Gov/alerts") rather than ending a
	 * sentence.
	 */
	private static boolean abbreviationOrAddress(String text, int dot) {
		int start = dot;
		while (start > 0 && dot - start < 100 && !Character.isWhitespace(text.charAt(start - 1))
				&& "\"'(“‘".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		String before = text.substring(start, dot).toLowerCase(Locale.ROOT);
		if (before.contains(".") || before.contains("/") || before.contains("@") || before.startsWith("www")) {
			return true;
		}
		int wordStart = before.length();
		while (wordStart > 0 && Character.isLetter(before.charAt(wordStart - 1))) {
			wordStart--;
		}
		if (ABBREVIATIONS.contains(before.substring(wordStart))) {
			return true;
		}
		int end = dot + 1;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		if (end + 1 >= text.length()) {
			return false;
		}
		// "Facebook.com", "Twitter/...", "dana.Price@example.org"; not "wounded.Dr.Lund"
		char next = text.charAt(end);
		return next == '/' || next == '@' || next == '.' && Character.isLetter(text.charAt(end + 1))
				&& !ABBREVIATIONS.contains(text.substring(dot + 1, end).toLowerCase(Locale.ROOT));
	}

	private static String decode(String name) {
		if (name.startsWith("#x")) {
			return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
		}
		if (name.startsWith("#")) {
			return new String(Character.toChars(Integer.parseInt(name.substring(1))));
		}
		return ENTITIES.get(name);
	}

	private static void blank(char[] out, Matcher matcher) {
		while (matcher.find()) {
			blankRange(out, matcher.start(), matcher.end());
		}
	}

	private static void blankRange(char[] out, int start, int end) {
		for (int i = start; i < end; i++) {
			if (out[i] != '\n' && out[i] != '\r') {
				out[i] = ' ';
			}
		}
	}

	/**
	 * Whether a quotation is open, read forward once through the text however many glued
	 * sentences it holds.
	 */
	static final class QuotationState {

		/** Farthest a closing mark is looked for after a glued period. */
		static final int LOOK_AHEAD = 300;

		private int position;

		private long examined;

		private int calls;

		private int straight;

		private boolean curlyOpen;

		/**
		 * Whether a quotation opened earlier on the line of {@code index} is still open
		 * there, to be closed within a few hundred characters (a stray mark earlier in a
		 * long one-line text opens nothing).
		 */
		boolean openAt(String text, int index) {
			this.calls++;
			for (; this.position < index; this.position++) {
				this.examined++;
				char c = text.charAt(this.position);
				if (c == '\n') {
					this.straight = 0;
					this.curlyOpen = false;
				}
				else if (c == '"') {
					this.straight++;
				}
				else if (c == '“') {
					this.curlyOpen = true;
				}
				else if (c == '”') {
					this.curlyOpen = false;
				}
			}
			if (!this.curlyOpen && this.straight % 2 == 0) {
				return false;
			}
			for (int i = index + 1; i < text.length() && i <= index + LOOK_AHEAD && text.charAt(i) != '\n'; i++) {
				this.examined++;
				char c = text.charAt(i);
				if (c == '"' || c == '”') {
					return true;
				}
			}
			return false;
		}

		/** Characters read so far, counting each look-ahead. */
		long examined() {
			return this.examined;
		}

		/** Glued periods asked about so far. */
		int calls() {
			return this.calls;
		}

	}

}
