package nl.kwaliteitsnetwerk.ledger.platform.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of browser pages (under {@code /ui}): what its handlers throw is shown as an HTML page
 * with the status and the stable code the API would answer ({@link BrowserPageErrors}), not as problem+json.
 * Its handlers state their roles with {@code @Allowed} or {@code @SignedIn}, as every endpoint does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BrowserPage {
}
