package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The password encoder for the configured users, chosen so that an unknown user name costs what a wrong
 * password costs. Spring's {@code DaoAuthenticationProvider} already checks the password of an unknown
 * user against a dummy hash, but it makes that dummy with this encoder's {@code encode}: with Spring's
 * default encoder a bcrypt hash (some 70 ms to check), while the demo users' hashes are {@code {noop}}
 * (microseconds), so the mitigation itself told unknown names apart. This encoder matches every scheme as
 * Spring's default does, but encodes, and so makes the dummy, in the scheme most configured users have.
 */
final class ConfiguredUsersPasswordEncoder {

    private static final String BCRYPT = "bcrypt";

    private ConfiguredUsersPasswordEncoder() {
    }

    static PasswordEncoder forUsers(List<SecurityProperties.ConfiguredUser> users) {
        PasswordEncoder standard = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String scheme = users.stream()
                .map(user -> schemeOf(user.password()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(BCRYPT);
        PasswordEncoder encoder = encoderFor(scheme);
        if (encoder == null) {
            return standard;
        }
        DelegatingPasswordEncoder sameScheme = new DelegatingPasswordEncoder(scheme, Map.of(scheme, encoder));
        sameScheme.setDefaultPasswordEncoderForMatches(standard);
        return sameScheme;
    }

    private static String schemeOf(String password) {
        return password != null && password.startsWith("{") && password.indexOf('}') > 0
                ? password.substring(1, password.indexOf('}'))
                : BCRYPT;
    }

    /** Encoders for the dummy hash; any other scheme (bcrypt, scrypt, argon2) keeps Spring's default, bcrypt. */
    @SuppressWarnings("deprecation")
    private static PasswordEncoder encoderFor(String scheme) {
        return switch (scheme) {
            case "noop" -> NoOpPasswordEncoder.getInstance();
            case "pbkdf2" -> Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5();
            case "pbkdf2@SpringSecurity_v5_8" -> Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
            default -> null;
        };
    }
}
