package nl.kwaliteitsnetwerk.ledger.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** A configured user, who may belong to an institution. */
public class LedgerUserDetails extends User {

    private final String institutionCode;

    public LedgerUserDetails(String username, String password, Collection<? extends GrantedAuthority> authorities,
                             String institutionCode) {
        super(username, password, authorities);
        this.institutionCode = institutionCode;
    }

    public String institutionCode() {
        return institutionCode;
    }
}
