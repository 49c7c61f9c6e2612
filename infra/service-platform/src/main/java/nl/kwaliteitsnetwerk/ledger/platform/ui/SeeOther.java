package nl.kwaliteitsnetwerk.ledger.platform.ui;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Post/Redirect/Get: after a form's command is accepted the browser is sent to the page with 303 See Other,
 * so that reloading it reads the record again instead of sending the command twice.
 */
public final class SeeOther {

    private SeeOther() {
    }

    /** {@code path} is within this service, e.g. {@code /ui/audits/{id}}. */
    public static RedirectView to(String path) {
        if (!path.startsWith("/ui") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException("A page redirects only to its own pages.");
        }
        RedirectView redirect = new RedirectView(path, true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
