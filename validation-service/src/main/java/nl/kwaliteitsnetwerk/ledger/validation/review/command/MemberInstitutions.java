package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;

import java.util.Set;
import java.util.TreeSet;

/**
 * The institutions a committee member is not independent of, resolved through the institution register as the
 * audit team's are: the member institution they sit for, and the institution their affiliation names, by any of
 * its registered names. So a member entered as working for "Business Marketing Services B.V." without a code is
 * known to be of 29WT. Both count, never one instead of the other, and a contradiction between them (a composition
 * stored before the register checked it) never lets a member answer for either institution.
 */
final class MemberInstitutions {

    private MemberInstitutions() {
    }

    static Set<String> of(CommitteeMember member, InstitutionRegister register) {
        Set<String> codes = new TreeSet<>();
        if (member.memberInstitutionCode() != null && !member.memberInstitutionCode().isEmpty()) {
            codes.add(member.memberInstitutionCode());
        }
        if (member.affiliation() != null) {
            register.byName(member.affiliation()).map(RegisteredInstitution::code).ifPresent(codes::add);
        }
        return codes;
    }
}
