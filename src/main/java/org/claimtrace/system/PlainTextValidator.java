package org.claimtrace.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}. A few stray control characters (a vertical tab from a word
 * processor, a Windows-1252 quote decoded as C1) are tolerated; random bytes decoded as
 * text are about a quarter control characters. Public with a public constructor because a
 * plain Bean Validation factory (import readers, outside Spring) instantiates it.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	static final int MAX_CONTROL_PERCENT = 5;

	public PlainTextValidator() {
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || isPlainText(value);
	}

	static boolean isPlainText(CharSequence value) {
		int controls = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
				controls++;
			}
		}
		return controls * 100L <= (long) MAX_CONTROL_PERCENT * value.length();
	}

}
