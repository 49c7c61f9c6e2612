package nl.kwaliteitsnetwerk.ledger.platform.errors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** An event stream that times out after it has sent something gets nothing more; one that sent nothing gets 503. */
class AsyncTimeoutProblemTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aStreamThatHasSentItsHeadersIsLeftToEnd() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/event-stream");
        response.flushBuffer();

        ResponseEntity<Object> answer = advice.handleException(new AsyncRequestTimeoutException(),
                new ServletWebRequest(new MockHttpServletRequest(), response));

        assertThat(answer).isNull();
    }

    @Test
    void aRequestThatSentNothingYetIsAnswered503() throws Exception {
        ResponseEntity<Object> answer = advice.handleException(new AsyncRequestTimeoutException(),
                new ServletWebRequest(new MockHttpServletRequest(), new MockHttpServletResponse()));

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
