package nl.kwaliteitsnetwerk.ledger.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint every signed-in user may call, whatever their role: what each then sees is decided per
 * record by the service's access rule. The explicit counterpart of {@link Allowed}; a handler with
 * neither stops the service from starting ({@link RolesStated}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SignedIn {
}
