package org.claimtrace.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of English first names, from the name list that ships with the CoreNLP
 * models (dcoref/namegender.combine.txt), loaded once.
 */
final class FirstNames {

	private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

	private static final Map<String, SourceResolver.Gender> GENDERS = load();

	private FirstNames() {
	}

	static SourceResolver.Gender gender(String firstName) {
		return GENDERS.getOrDefault(firstName.toLowerCase(Locale.ROOT), SourceResolver.Gender.UNKNOWN);
	}

	private static Map<String, SourceResolver.Gender> load() {
		Map<String, SourceResolver.Gender> genders = new HashMap<>();
		InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			return genders;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] columns = line.split("\t");
				if (columns.length == 2) {
					SourceResolver.Gender gender = switch (columns[1].trim()) {
						case "MALE" -> SourceResolver.Gender.MALE;
						case "FEMALE" -> SourceResolver.Gender.FEMALE;
						default -> SourceResolver.Gender.UNKNOWN;
					};
					genders.put(columns[0].trim().toLowerCase(Locale.ROOT), gender);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return genders;
	}

}
