package nl.kwaliteitsnetwerk.ledger.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of one line: a name, a title, a code, a reference. Refuses every control character (tab and
 * line breaks too), the Unicode line and paragraph separators, and the characters that change the
 * direction text is shown in (bidi overrides, isolates and marks), which could make a name read as
 * another in a report or a log. Free texts keep tabs and line feeds; the platform's text rule covers those.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface SingleLine {

    String message() default "takes one line of text: no line breaks, control or text-direction characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
