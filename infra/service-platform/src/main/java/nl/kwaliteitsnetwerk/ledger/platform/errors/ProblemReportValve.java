package nl.kwaliteitsnetwerk.ledger.platform.errors;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's own error page for what it refuses before any servlet runs (an invalid URL encoding, a
 * control character in the path): problem+json with a code instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        EdgeProblem edge = EdgeProblem.forStatus(status);
        String detail = status >= 500 ? "The request failed unexpectedly." : edge.detail();
        String body = "{\"type\":\"" + edge.problemType() + "\",\"title\":\"" + edge.status().getReasonPhrase()
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + edge.code() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to tell it
        }
    }
}
