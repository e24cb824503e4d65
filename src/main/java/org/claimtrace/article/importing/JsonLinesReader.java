package org.claimtrace.article.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines file lazily, one article per line; blank lines are skipped. A bad
 * line becomes a failed item with its reason, never an exception.
 */
final class JsonLinesReader implements Iterator<ImportItem> {

	private static final ObjectMapper json = JsonMapper.builder().build();

	private final BufferedReader lines;

	private final Validator validator;

	private final int maxLineBytes;

	private int number;

	private ImportItem next;

	/**
	 * @param skip lines already processed (a resumed job starts after them)
	 */
	JsonLinesReader(byte[] content, int skip, Validator validator, int maxLineBytes) {
		this.lines = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
		this.validator = validator;
		this.maxLineBytes = maxLineBytes;
		try {
			while (this.number < skip && this.lines.readLine() != null) {
				this.number++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Physical lines in the file (the last one may lack its newline). */
	static int countLines(byte[] content) {
		int count = 0;
		for (byte b : content) {
			if (b == '\n') {
				count++;
			}
		}
		return (content.length > 0 && content[content.length - 1] != '\n') ? count + 1 : count;
	}

	@Override
	public boolean hasNext() {
		if (this.next != null) {
			return true;
		}
		try {
			String line;
			while ((line = this.lines.readLine()) != null) {
				this.number++;
				if (this.number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (!line.isBlank()) {
					this.next = parse(this.number, line);
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ImportItem next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ImportItem item = this.next;
		this.next = null;
		return item;
	}

	private ImportItem parse(int number, String line) {
		if (line.getBytes(StandardCharsets.UTF_8).length > this.maxLineBytes) {
			return ImportItem.failed(number,
					"line is larger than " + (this.maxLineBytes / (1024 * 1024)) + " MB: one article per line");
		}
		ImportedArticle article;
		try {
			article = json.readValue(line, ImportedArticle.class);
		}
		catch (JacksonException ex) {
			return ImportItem.failed(number, "not a valid JSON object: " + shorten(ex.getOriginalMessage()));
		}
		if (article == null) {
			return ImportItem.failed(number, "not a JSON object");
		}
		Set<ConstraintViolation<ImportedArticle>> violations = this.validator.validate(article);
		if (!violations.isEmpty()) {
			return ImportItem.failed(number,
					violations.stream()
						.map(ConstraintViolation::getMessage)
						.sorted(Comparator.naturalOrder())
						.collect(Collectors.joining("; ")));
		}
		return ImportItem.ok(number, article.toContent());
	}

	static String shorten(String message) {
		if (message == null) {
			return "unreadable";
		}
		String oneLine = message.replaceAll("\\s+", " ").strip();
		return (oneLine.length() > 200) ? oneLine.substring(0, 200) + "…" : oneLine;
	}

}
