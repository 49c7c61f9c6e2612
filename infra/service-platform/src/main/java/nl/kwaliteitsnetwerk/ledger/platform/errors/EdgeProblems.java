package nl.kwaliteitsnetwerk.ledger.platform.errors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Which edge problem a refusal Spring MVC makes itself is. */
final class EdgeProblems {

    private EdgeProblems() {
    }

    static EdgeProblem of(Exception ex, int status) {
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return EdgeProblem.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return EdgeProblem.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return EdgeProblem.NOT_ACCEPTABLE;
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return EdgeProblem.NOT_FOUND;
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return EdgeProblem.PAYLOAD_TOO_LARGE;
        }
        if (ex instanceof TypeMismatchException) {
            return status >= 500 ? EdgeProblem.INTERNAL_ERROR : EdgeProblem.TYPE_MISMATCH;
        }
        if (ex instanceof MissingRequestValueException || ex instanceof ServletRequestBindingException) {
            return status >= 500 ? EdgeProblem.INTERNAL_ERROR : EdgeProblem.MISSING_PARAMETER;
        }
        return EdgeProblem.forStatus(status);
    }
}
