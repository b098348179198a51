package org.defensor.web;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.StaleVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the web pages as pages that say what happened, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class})
    ModelAndView stale(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "Changed by someone else", e instanceof StaleVersionException ? e.getMessage()
                : "The record was changed by someone else at the same moment; reload it and apply your change again.");
    }

    @ExceptionHandler(RecordInUseException.class)
    ModelAndView inUse(RecordInUseException e) {
        return page(HttpStatus.CONFLICT, "Not possible", e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e) {
        return page(HttpStatus.CONFLICT, "Not possible", "The change conflicts with other records.");
    }

    @ExceptionHandler(InvalidRecordException.class)
    ModelAndView invalid(InvalidRecordException e) {
        return page(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    /** A request the page cannot be bound from: the reason of each field, as the API gives it. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestValueException.class, BindException.class, HandlerMethodValidationException.class,
            ConstraintViolationException.class, MultipartException.class, ConversionFailedException.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "Invalid request", ApiProblems.bindingErrors(e).stream()
                .map(error -> error.field() + ": " + error.reason()).collect(Collectors.joining("; ")));
    }

    private static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
