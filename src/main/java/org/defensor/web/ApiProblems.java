package org.defensor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.StaleVersionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail. Validation problems carry
 * {@code errors: [{field, reason}]} naming each field as the client sent it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems {

    /** One invalid field. */
    public record FieldError(String field, String reason) {}

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidRecordException.class)
    ProblemDetail invalidRecord(InvalidRecordException e) {
        return invalid(e.violations().stream().map(v -> new FieldError(v.field(), v.reason())).toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidArgument(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(badParameterError(e)));
    }

    /** A query or path parameter that is not of its type, named with the reason (the pages say the same). */
    public static FieldError badParameterError(MethodArgumentTypeMismatchException e) {
        Throwable reason = e.getMostSpecificCause();
        if (reason instanceof IllegalArgumentException && e.getRequiredType() != null && !e.getRequiredType().isEnum()
                && e.getRequiredType().getPackageName().startsWith("org.defensor")) {
            // A value type of ours refused it and said why (CalendarYear, Reference, ...).
            return new FieldError(e.getName(), reason.getMessage());
        }
        String shown = String.valueOf(e.getValue());
        shown = shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
        String why = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "unknown value '" + shown + "'; allowed: " + allowed(e.getRequiredType())
                : "'" + shown + "' is not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
        return new FieldError(e.getName(), why);
    }

    /**
     * What is wrong with a request that Spring could not bind to its handler (a parameter missing or
     * not of its type, a form field, a multipart body that cannot be read, a constraint), field by
     * field; empty when the exception is not one of those. The API answers it as a problem detail,
     * the pages as an error page: one reading of bad input for both.
     */
    public static List<FieldError> bindingErrors(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return List.of(badParameterError(m));
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return List.of(new FieldError(m.getParameterName(), "is required"));
        }
        if (e instanceof MissingRequestValueException m) {
            return List.of(new FieldError("(request)", m.getBody().getDetail()));
        }
        if (e instanceof BindException b) {
            return b.getBindingResult().getFieldErrors().stream()
                    .map(f -> new FieldError(f.getField(), f.isBindingFailure()
                            ? "'" + abbreviate(String.valueOf(f.getRejectedValue())) + "' is not a valid value"
                            : f.getDefaultMessage()))
                    .toList();
        }
        if (e instanceof HandlerMethodValidationException v) {
            return v.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(error -> new FieldError(
                            r.getMethodParameter().getParameterName() == null ? "(request)" : r.getMethodParameter().getParameterName(),
                            error.getDefaultMessage())))
                    .toList();
        }
        if (e instanceof ConstraintViolationException c) {
            return c.getConstraintViolations().stream()
                    .map(v -> new FieldError(String.valueOf(v.getPropertyPath()), v.getMessage())).toList();
        }
        if (e instanceof MultipartException m) {
            return List.of(new FieldError("(body)", "is not a readable multipart form: " + m.getMostSpecificCause().getMessage()));
        }
        if (e instanceof ConversionFailedException c) {
            return List.of(new FieldError("(request)", c.getMostSpecificCause().getMessage()));
        }
        return List.of();
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestValueException.class, BindException.class,
            HandlerMethodValidationException.class, ConstraintViolationException.class, MultipartException.class,
            ConversionFailedException.class})
    ProblemDetail badRequest(Exception e) {
        return invalid(bindingErrors(e));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return invalid(List.of(new FieldError(path(f), "unknown value '" + f.getValue() + "'; allowed: " + allowed(f.getTargetType()))));
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return invalid(List.of(new FieldError(path(u), "is not a field of this record")));
        }
        if (cause instanceof ValueInstantiationException v) {
            String reason = v.getCause() != null ? v.getCause().getMessage() : v.getOriginalMessage();
            return invalid(List.of(new FieldError(path(v), reason)));
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return invalid(List.of(new FieldError(path(m), m.getOriginalMessage())));
        }
        String detail = cause instanceof JsonProcessingException p && p.getLocation() != null
                ? "Malformed JSON at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                        + ": " + p.getOriginalMessage()
                : "The request body is missing or is not valid JSON";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Malformed request");
        return problem;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Stale version");
        problem.setProperties(Map.of("yourVersion", e.expected(), "currentVersion", e.actual()));
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrent(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed by someone else at the same moment; reload it and apply your change again");
        problem.setTitle("Stale version");
        return problem;
    }

    @ExceptionHandler(RecordInUseException.class)
    ProblemDetail inUse(RecordInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Record in use");
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with other records (for example, a record still referred to by an incident cannot be deleted)");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
        problem.setTitle("Forbidden");
        return problem;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
