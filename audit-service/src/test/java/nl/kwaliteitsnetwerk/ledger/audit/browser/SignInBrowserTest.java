package nl.kwaliteitsnetwerk.ledger.audit.browser;

import nl.kwaliteitsnetwerk.ledger.testsupport.browser.SignInBrowserTestBase;

/** The audit service's pages in Chromium: every role signs in and out, refusals, the language switch. */
class SignInBrowserTest extends SignInBrowserTestBase {

    @Override
    protected String testUser() {
        return "auditor";
    }
}
