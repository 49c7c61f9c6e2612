package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiFuzzTestBase;

/** Every operation of the audit service's OpenAPI document, fuzzed: no 5xx, every refusal a problem with a code. */
class AuditOpenApiFuzzTest extends OpenApiFuzzTestBase {
}
