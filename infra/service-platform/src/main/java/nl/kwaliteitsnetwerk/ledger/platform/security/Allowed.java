package nl.kwaliteitsnetwerk.ledger.platform.security;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint, stated once on its handler: checked before the request body is
 * read (403 otherwise), documented in the OpenAPI document ({@code x-roles}), and, in the order given,
 * the role an {@code Actor} argument is recorded in. Whether the caller is on this audit's team or of
 * this institution stays a rule of the aggregate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {

    Role[] value();
}
