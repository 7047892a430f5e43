package io.pyra.platform.web;

import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Error pages for the server-rendered part of the application. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

  @ExceptionHandler(RecordNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden() {
    return "error/403";
  }

  @ExceptionHandler(StaleVersionException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String stale() {
    return "error/409";
  }
}
