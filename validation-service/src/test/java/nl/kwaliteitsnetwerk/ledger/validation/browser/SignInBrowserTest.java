package nl.kwaliteitsnetwerk.ledger.validation.browser;

import nl.kwaliteitsnetwerk.ledger.testsupport.browser.SignInBrowserTestBase;

/** The validation service's pages in Chromium: every role signs in and out, refusals, the language switch. */
class SignInBrowserTest extends SignInBrowserTestBase {

    @Override
    protected String testUser() {
        return "committee";
    }
}
