package org.claimtrace.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value must be text that PostgreSQL can store: no NUL character (U+0000), which a
 * {@code text} column refuses outright, and not binary data pasted or posted as text
 * (more than {@value PlainTextValidator#MAX_CONTROL_PERCENT}% control characters other
 * than line breaks and tabs). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "must be plain text: it holds NUL characters or binary data";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
