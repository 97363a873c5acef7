package org.vetreport.platform.kit.web;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.vetreport.platform.kit.error.ApiException;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.error.PayloadTooLargeException;
import org.vetreport.platform.kit.importing.ImportRejectedException;
import org.vetreport.platform.kit.lock.YearLockedException;
import org.vetreport.platform.kit.lock.YearLocksUnknownException;
import tools.jackson.core.JacksonException;

/**
 * Renders every failure as RFC 9457 {@code application/problem+json}. Client mistakes are 4xx with a detail
 * that names the field, what is wrong with its value and what is allowed; field problems are listed under
 * {@code errors} as {@code {field, message}}. Only a fault of the service itself is a 500, and it reveals
 * nothing but the request id to quote.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Object> handleApiException(ApiException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.detail());
        problem.setTitle(e.title());
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.errors());
        }
        if (e instanceof YearLockedException locked) {
            problem.setType(YearLockedException.TYPE);
            problem.setProperty("errors", locked.errors());
        }
        if (e instanceof ImportRejectedException rejected) {
            problem.setProperty("errors", rejected.report().errors());
            problem.setProperty("report", rejected.report());
        }
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof YearLocksUnknownException) {
            problem.setType(YearLocksUnknownException.TYPE);
            headers.set(HttpHeaders.RETRY_AFTER, "5");
        }
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** The database cannot be reached: the request may succeed later, and nothing was written. */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    public ResponseEntity<Object> handleDatabaseUnavailable(MongoException e, WebRequest request) {
        log.warn("Database unavailable serving {}: {}", path(request), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the service's database is unavailable; nothing was written, retry later");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure serving {}", path(request), e);
        String requestId = RequestIdFilter.current();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service failed unexpectedly" + (requestId == null ? "" : "; quote the request id " + requestId
                        + " when reporting it"));
        return createResponseEntity(problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return invalid(List.of(new FieldError(name, "'" + e.getValue() + "' is not valid: expected "
                + TypeDescriptions.of(e.getRequiredType()))), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(e.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handleApiException(tooLarge, request);
        }
        JacksonException json = causeOf(e, JacksonException.class);
        if (json == null) {
            return invalid(List.of(new FieldError("body", "the request body is missing or unreadable; send a JSON object")), request);
        }
        return invalid(List.of(JsonErrors.describe(json)), request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        return handleApiException(new InvalidInputException(errors), request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(UriComponentsBuilder.fromPath(path(request)).build().toUri());
            }
            String requestId = RequestIdFilter.current();
            if (requestId != null) {
                problem.setProperty("requestId", requestId);
            }
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private static String path(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            return servletRequest.getRequestURI();
        }
        return "/";
    }

    private static <E extends Throwable> E causeOf(Throwable e, Class<E> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
