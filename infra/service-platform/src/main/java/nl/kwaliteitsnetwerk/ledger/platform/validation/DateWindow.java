package nl.kwaliteitsnetwerk.ledger.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date (or instant) that makes sense for its field: no more than {@link #yearsBack} years before today
 * and no more than {@link #yearsAhead} years after, by the service's clock. Keeps a planned visit in year
 * 99999 or 1900 out of the ledger, where it could never be corrected away.
 */
@Documented
@Constraint(validatedBy = {DateWindowValidator.ForDate.class, DateWindowValidator.ForInstant.class})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface DateWindow {

    int yearsBack();

    int yearsAhead();

    String message() default "must lie between {yearsBack} year(s) before and {yearsAhead} year(s) after today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
