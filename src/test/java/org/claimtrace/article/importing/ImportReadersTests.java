package org.claimtrace.article.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reading import files without Spring: lines, limits, resumption, feeds and formats. */
class ImportReadersTests {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aTooLongLineFailsAloneAndBlankLinesAreSkipped() {
		String good = new String(ImportFiles.good("readers", 1), StandardCharsets.UTF_8).strip();
		String big = good.replace("Rescue work", "x".repeat(2000));
		byte[] file = (good + "\n\n" + big + "\n").getBytes(StandardCharsets.UTF_8);
		List<ImportItem> items = read(new JsonLinesReader(file, 0, validator, 1000));
		assertThat(items).extracting(ImportItem::number).containsExactly(1, 3);
		assertThat(items.get(0).content().title()).startsWith("Shelling near the river");
		assertThat(items.get(1).failure()).startsWith("line is larger than");
		assertThat(JsonLinesReader.countLines(file)).isEqualTo(3);
	}

	@Test
	void aLineWithBinaryDataInItsBodyFailsAloneWithTheReason() {
		String good = new String(ImportFiles.good("binary", 1), StandardCharsets.UTF_8).strip();
		String junk = good.replace("Rescue work", "\\u0000\\u0001\\u0002PK\\u0003 Rescue work");
		byte[] file = (junk + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8);
		List<ImportItem> items = read(new JsonLinesReader(file, 0, validator, 1_000_000));
		assertThat(items).extracting(ImportItem::number).containsExactly(1, 2);
		assertThat(items.get(0).failure()).contains("body is not plain text");
		assertThat(items.get(1).content().title()).startsWith("Shelling near the river");
	}

	@Test
	void aResumedReaderStartsAfterTheLinesAlreadyRead() {
		List<ImportItem> items = read(
				new JsonLinesReader(ImportFiles.twentyWithThreeBad("resume"), 12, validator, 1_000_000));
		assertThat(items).extracting(ImportItem::number).containsExactly(13, 14, 15, 16, 17, 18, 19, 20);
		assertThat(items.get(2).failure()).contains("publishedAt");
	}

	@Test
	void atomEntriesBecomeArticlesWithPlainTextBodies() {
		String atom = """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
				  <updated>2024-12-18T00:00:00Z</updated>
				  <entry><title>Ceasefire talks</title><link href="https://atom.example.org/1"/><id>urn:1</id>
				    <updated>2024-12-18T08:00:00Z</updated><author><name>J. Doe</name></author>
				    <content type="html">&lt;p&gt;Talks resumed &amp;amp; stalled.&lt;br&gt;Officials said so.&lt;/p&gt;</content></entry>
				</feed>""";
		List<ImportItem> items = FeedReader.read(atom.getBytes(StandardCharsets.UTF_8));
		assertThat(items).hasSize(1);
		assertThat(items.get(0).content().outlet()).isEqualTo("Atom Desk");
		assertThat(items.get(0).content().author()).isEqualTo("J. Doe");
		assertThat(items.get(0).content().body()).isEqualTo("Talks resumed & stalled.\nOfficials said so.");
		assertThat(items.get(0).content().publishedAt()).isEqualTo("2024-12-18T08:00:00Z");
	}

	@Test
	void notAFeedAndUnknownFormatsAreExplained() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeedReader.read("<html>no</html>".getBytes()))
			.withMessageStartingWith("Not a valid RSS or Atom feed");
		assertThat(ImportFormat.detect(null, "x.txt", "  {\"a\":1}".getBytes())).isEqualTo(ImportFormat.JSONL);
		assertThat(ImportFormat.detect("rss", null, new byte[] { 1 })).isEqualTo(ImportFormat.FEED);
		assertThatIllegalArgumentException().isThrownBy(() -> ImportFormat.detect(null, "x.csv", "a,b".getBytes()))
			.withMessageContaining("Cannot tell the format");
	}

	private static List<ImportItem> read(JsonLinesReader reader) {
		List<ImportItem> items = new ArrayList<>();
		reader.forEachRemaining(items::add);
		return items;
	}

}
