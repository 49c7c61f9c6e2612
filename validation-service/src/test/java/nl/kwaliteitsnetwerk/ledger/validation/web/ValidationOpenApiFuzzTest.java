package nl.kwaliteitsnetwerk.ledger.validation.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiFuzzTestBase;

/** Every operation of the validation service's OpenAPI document, fuzzed: no 5xx, every refusal a problem with a code. */
class ValidationOpenApiFuzzTest extends OpenApiFuzzTestBase {
}
