package nl.kwaliteitsnetwerk.ledger.kernel.institution;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The institutions the ledger knows: code, board number, name, other names and network membership. It is versioned
 * data, like the frameworks: a version, once shipped, is never changed; a change (a merger, a new member, a new
 * name) is a new file added to {@link #SHIPPED}, and the last one is the register in force. Every service uses it
 * for the names it shows and for its independence rules, so that an institution is one institution whether a
 * request names it by code or by name.
 */
public final class InstitutionRegister {

    /** The register's versions, oldest first. */
    public static final List<String> SHIPPED = List.of("institutions/register-2026-1.json");

    private final String version;
    private final Map<String, RegisteredInstitution> byCode = new LinkedHashMap<>();
    private final Map<String, RegisteredInstitution> byName = new LinkedHashMap<>();

    private InstitutionRegister(String version, List<RegisteredInstitution> institutions) {
        this.version = version;
        for (RegisteredInstitution institution : institutions) {
            if (byCode.put(institution.code(), institution) != null) {
                throw new IllegalArgumentException("register " + version + " lists " + institution.code() + " twice");
            }
            institution.names().map(InstitutionNames::normal).filter(n -> !n.isEmpty()).forEach(name -> {
                RegisteredInstitution other = byName.putIfAbsent(name, institution);
                if (other != null && other != institution) {
                    throw new IllegalArgumentException("register " + version + " gives the name '" + name
                            + "' to both " + other.code() + " and " + institution.code());
                }
            });
        }
    }

    public static InstitutionRegister of(String version, List<RegisteredInstitution> institutions) {
        return new InstitutionRegister(version, institutions);
    }

    /** The register in force: the last shipped version. */
    public static InstitutionRegister shipped() {
        return read(SHIPPED.get(SHIPPED.size() - 1));
    }

    static InstitutionRegister read(String resource) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = InstitutionRegister.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("institution register missing: " + resource);
            }
            RegisterFile file = mapper.readValue(in, RegisterFile.class);
            return new InstitutionRegister(file.version(), file.institutions());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read institution register " + resource, e);
        }
    }

    /** The shape of a register file. */
    record RegisterFile(String version, LocalDate effectiveFrom, String source, List<RegisteredInstitution> institutions) {
    }

    public String version() {
        return version;
    }

    public List<RegisteredInstitution> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<RegisteredInstitution> byCode(String code) {
        String normal = InstitutionCode.normalise(code, "institutionCode");
        return normal == null ? Optional.empty() : Optional.ofNullable(byCode.get(normal));
    }

    public Optional<RegisteredInstitution> byName(String name) {
        return Optional.ofNullable(byName.get(InstitutionNames.normal(name)));
    }

    /**
     * The institutions an affiliation names: by its whole name, or else every registered name it contains as whole
     * words ("Business Marketing Services B.V. (Amsterdam)", "BM Services locatie Rotterdam"), so that adding a place
     * or a department does not make an assessor independent.
     */
    private List<RegisteredInstitution> namedIn(String affiliation) {
        Optional<RegisteredInstitution> exact = byName(affiliation);
        if (exact.isPresent()) {
            return List.of(exact.get());
        }
        String words = " " + InstitutionNames.normal(affiliation) + " ";
        return byName.entrySet().stream()
                .filter(name -> words.contains(" " + name.getKey() + " "))
                .map(Map.Entry::getValue).distinct().toList();
    }

    /**
     * The institution a command names, as the register has it. The code decides; a name or board number that is
     * not this institution's is refused rather than recorded beside it, so the ledger never holds an institution
     * under a name the register does not give it.
     */
    public InstitutionRef require(InstitutionRef given) {
        RegisteredInstitution registered = byCode(given.code()).orElseThrow(() -> new RuleViolation(
                InstitutionRule.UNKNOWN_INSTITUTION,
                "Institution " + given.code() + " is not in the institution register (version " + version + ")."));
        RuleViolation.require(registered.boardNumber() == given.boardNumber(), InstitutionRule.INSTITUTION_MISMATCH,
                "Institution " + registered.code() + " has board number " + registered.boardNumber() + " in the register.");
        RuleViolation.require(registered.isNamed(given.name()), InstitutionRule.INSTITUTION_MISMATCH,
                "Institution " + registered.code() + " is registered as '" + registered.name() + "'.");
        return registered.ref();
    }

    /**
     * Who an assessor works for. A code, when given, decides, and a name that the register gives to another
     * institution contradicts it; without a code the name decides, in its normal form, so that an auditor who works
     * for "Business Marketing Services B.V." (or "BM Services, locatie Rotterdam") is known to work for 29WT even when
     * nobody typed the code. A code the
     * register does not know is kept as given (normalised): independence still compares it.
     */
    public Affiliation resolve(String affiliationName, String affiliationCode) {
        String code = InstitutionCode.normalise(affiliationCode, "affiliationInstitutionCode");
        List<RegisteredInstitution> named = namedIn(affiliationName);
        List<String> codes = named.stream().map(RegisteredInstitution::code).toList();
        if (code == null || code.isEmpty()) {
            RuleViolation.require(codes.size() <= 1, InstitutionRule.AFFILIATION_CONFLICT,
                    "The affiliation names " + codes + ": say which one with its code.");
            return new Affiliation(affiliationName, codes.isEmpty() ? null : codes.get(0));
        }
        RuleViolation.require(codes.isEmpty() || codes.contains(code), InstitutionRule.AFFILIATION_CONFLICT,
                "The affiliation '" + affiliationName + "' names institution " + codes + ", not " + code + ".");
        return new Affiliation(affiliationName, code);
    }

    /** The register's name for {@code code}, or the code itself when it is not registered. */
    public String displayName(String code) {
        return byCode(code).map(RegisteredInstitution::name).orElse(code);
    }
}
