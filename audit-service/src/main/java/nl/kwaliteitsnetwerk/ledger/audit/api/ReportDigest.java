package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content digest of one version of an audit's report: a concept revision, the final report, or the final
 * report as an erratum corrected it. An approval (the finalisation, the board's reaction, a validation answer)
 * cites it, so that it is bound to exactly the text it approved. Lower-case hex SHA-256 over a canonical encoding
 * of the fields of the event that creates the version, and of nothing else, so that what is hashed is exactly
 * what is stored and anyone holding the event can recompute it:
 * <pre>
 *   str(s)   = u32 big-endian byte length, then the UTF-8 bytes (well-formed Unicode only)
 *   opt(s)   = 0x00 when absent (null), else 0x01 str(s)
 *   list(xs) = u32 count, then str(x) for each, in their order
 *   map(m)   = 0x00 when absent, else 0x01, u32 count, then str(key) opt(value) for each, keys in String order
 *   concept  = "QAL-REPORT-CONCEPT-1" 0x00  str(auditId) u32(revision) str(reportText)
 *              map(standardJudgements) opt(overallJudgement)
 *   term(t)  = 0x00 when absent (an audit sets none), else 0x01 u32(years) str(startsOn) str(endsOn), ISO dates
 *   final    = "QAL-REPORT-FINAL-1" 0x00    str(auditId) str(framework id) str(framework version) str(reportText)
 *              map(standardJudgements) opt(overallJudgement) list(improvementPointIds) term(supervisionTerm)
 *   erratum  = "QAL-REPORT-ERRATUM-1" 0x00  str(auditId) str(supersedesDigest) str(erratumId) str(correction)
 *              str(reason)
 * </pre>
 * The tag keeps a concept from ever sharing a digest with a final report of the same text, and the audit id two
 * audits' identical reports. An erratum's version is the version it corrects plus the erratum: its encoding holds
 * the digest of the version it supersedes, which holds the final report and every earlier erratum, so the digest
 * of the report after erratum k covers the final report and errata 1..k in their order (a hash chain). Who issued
 * a version and when are not content: the ledger's own hashes cover those. A concept recorded before digests
 * existed has no judgements stored; its digest is over what it holds (absent maps encode as absent).
 */
public record ReportDigest(String hex) {

    /** What a digest looks like: 64 lower-case hex digits. */
    public static final String PATTERN = LedgerHash.HEX_PATTERN;

    public ReportDigest {
        if (hex == null || !hex.matches(PATTERN)) {
            throw new IllegalArgumentException("a report digest is 64 lower-case hex digits");
        }
    }

    private static final String CONCEPT = "QAL-REPORT-CONCEPT-1";
    private static final String FINAL = "QAL-REPORT-FINAL-1";
    private static final String ERRATUM = "QAL-REPORT-ERRATUM-1";

    public static String ofConcept(String auditId, int revision, String reportText,
                                   Map<String, String> standardJudgements, String overallJudgement) {
        return new Encoding(CONCEPT).str(auditId).u32(revision).str(reportText).map(standardJudgements)
                .opt(overallJudgement).digest();
    }

    /** A final report that sets no supervision term (every audit of the network). */
    public static String ofFinal(String auditId, FrameworkRef framework, String reportText,
                                 Map<String, String> standardJudgements, String overallJudgement,
                                 List<String> improvementPointIds) {
        return ofFinal(auditId, framework, reportText, standardJudgements, overallJudgement, improvementPointIds, null);
    }

    /** A final report; an inspectorate's investigation states the term of its follow-up supervision in it. */
    public static String ofFinal(String auditId, FrameworkRef framework, String reportText,
                                 Map<String, String> standardJudgements, String overallJudgement,
                                 List<String> improvementPointIds, SupervisionTerm supervisionTerm) {
        return new Encoding(FINAL).str(auditId).str(framework.id()).str(framework.version()).str(reportText)
                .map(standardJudgements).opt(overallJudgement).list(improvementPointIds).term(supervisionTerm).digest();
    }

    public static String ofErratum(String auditId, String supersedesDigest, String erratumId, String correction,
                                   String reason) {
        return new Encoding(ERRATUM).str(auditId).str(supersedesDigest).str(erratumId).str(correction).str(reason)
                .digest();
    }

    /** The digest of the version {@code event} creates, recomputed from what it stores. */
    public static String of(ConceptReportIssued e) {
        return ofConcept(e.auditId(), e.revision(), e.reportText(), e.standardJudgements(), e.overallJudgement());
    }

    public static String of(ReportFinalised e) {
        return ofFinal(e.auditId(), e.framework(), e.reportText(), e.standardJudgements(), e.overallJudgement(),
                e.improvementPointIds(), e.supervisionTerm());
    }

    /** An erratum stored before digests has no {@code supersedesDigest}: the reader gives the one it folded. */
    public static String of(ErratumIssued e, String supersedesDigest) {
        return ofErratum(e.auditId(), supersedesDigest, e.erratumId(), e.correction(), e.reason());
    }

    /** The framing above; a fresh one per digest (a record, as everything in this package is a message or a value). */
    private record Encoding(ByteArrayOutputStream out) {

        Encoding(String tag) {
            this(new ByteArrayOutputStream());
            out.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
        }

        Encoding u32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        /** Refuses a lone surrogate, which {@code getBytes} would hash as '?' while the store keeps U+FFFD. */
        Encoding str(String value) {
            if (value == null) {
                throw new IllegalArgumentException("a report's digest needs every one of its required fields");
            }
            try {
                ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(value));
                u32(utf8.remaining());
                byte[] bytes = new byte[utf8.remaining()];
                utf8.get(bytes);
                out.writeBytes(bytes);
                return this;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("a report holds only well-formed Unicode text", e);
            }
        }

        Encoding opt(String value) {
            if (value == null) {
                out.write(0);
                return this;
            }
            out.write(1);
            return str(value);
        }

        Encoding term(SupervisionTerm term) {
            if (term == null) {
                out.write(0);
                return this;
            }
            out.write(1);
            return u32(term.years()).str(String.valueOf(term.startsOn())).str(String.valueOf(term.endsOn()));
        }

        Encoding list(List<String> values) {
            List<String> present = values == null ? List.of() : values;
            u32(present.size());
            present.forEach(this::str);
            return this;
        }

        Encoding map(Map<String, String> values) {
            if (values == null) {
                out.write(0);
                return this;
            }
            out.write(1);
            u32(values.size());
            new TreeMap<>(values).forEach((key, value) -> str(key).opt(value));
            return this;
        }

        String digest() {
            return LedgerHash.hex(LedgerHash.sha256(out.toByteArray()));
        }
    }
}
