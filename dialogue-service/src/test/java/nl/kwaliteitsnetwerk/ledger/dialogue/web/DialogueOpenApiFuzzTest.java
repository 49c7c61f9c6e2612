package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiFuzzTestBase;

/** Every operation of the dialogue service's OpenAPI document, fuzzed: no 5xx, every refusal a problem with a code. */
class DialogueOpenApiFuzzTest extends OpenApiFuzzTestBase {
}
