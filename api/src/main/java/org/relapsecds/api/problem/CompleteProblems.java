package org.relapsecds.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem document that leaves through Spring MVC its type and instance, whichever
 * handler built it (Spring's own, the API's, or a feature's exception handler), so no problem goes
 * out with the implicit {@code about:blank} type or without the path it is about. On the
 * container's error dispatch the instance is the original request's path, not {@code /error}.
 */
@RestControllerAdvice
class CompleteProblems implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public @Nullable Object beforeBodyWrite(
      @Nullable Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      Problems.complete(problem, path(request));
    }
    return body;
  }

  private static String path(ServerHttpRequest request) {
    if (request instanceof ServletServerHttpRequest servlet) {
      HttpServletRequest raw = servlet.getServletRequest();
      Object original = raw.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      return original instanceof String uri ? uri : raw.getRequestURI();
    }
    return request.getURI().getRawPath();
  }
}
