package org.relapsecds.api.http;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Requests Tomcat refuses before any Spring code runs, or that reach only the error dispatch; each
 * with the status it gets. Shared by the test against the test server and the one against the
 * executable jar.
 */
public final class HostileHttpCases {
  private HostileHttpCases() {}

  private static final String END = "Host: localhost\r\nConnection: close\r\n\r\n";

  private static String post(String headers, String body) {
    return "POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\nX-API-Key: {API_KEY}\r\n"
        + "Content-Type: application/json\r\n"
        + headers
        + "Connection: close\r\n\r\n"
        + body;
  }

  /** Name, raw request (with {API_KEY} for an API key), status. */
  public static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("encoded slash", "GET /api/v1/rules/a%2Fb HTTP/1.1\r\n" + END, 400),
        Arguments.of("encoded backslash", "GET /api/v1/rules/a%5Cb HTTP/1.1\r\n" + END, 400),
        Arguments.of("invalid %-escape", "GET /api/%ZZ HTTP/1.1\r\n" + END, 400),
        Arguments.of("encoded NUL", "GET /api/%00 HTTP/1.1\r\n" + END, 400),
        Arguments.of("path above the root", "GET /../etc/passwd HTTP/1.1\r\n" + END, 400),
        Arguments.of("encoded dot segments", "GET /api/%2e%2e/%2e%2e/ HTTP/1.1\r\n" + END, 400),
        Arguments.of("control character in the path", "GET /\u0001 HTTP/1.1\r\n" + END, 400),
        Arguments.of("space in the path", "GET /a b c HTTP/1.1\r\n" + END, 400),
        Arguments.of("bad method token", "G(T / HTTP/1.1\r\n" + END, 400),
        Arguments.of(
            "path over the header limit",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + END,
            400),
        Arguments.of(
            "header over the size limit",
            "GET / HTTP/1.1\r\nX-Long: " + "a".repeat(20_000) + "\r\n" + END,
            400),
        Arguments.of("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
        Arguments.of("two Host headers", "GET / HTTP/1.1\r\nHost: a\r\n" + END, 400),
        Arguments.of("space in a header name", "GET / HTTP/1.1\r\nBad Header: y\r\n" + END, 400),
        Arguments.of("space before the colon", "GET / HTTP/1.1\r\nX-A : b\r\n" + END, 400),
        Arguments.of("unknown HTTP version", "GET / HTTP/9.9\r\n" + END, 505),
        Arguments.of("Content-Length not a number", post("Content-Length: abc\r\n", "{}"), 400),
        Arguments.of("negative Content-Length", post("Content-Length: -5\r\n", "{}"), 400),
        Arguments.of(
            "Content-Length beyond a long",
            post("Content-Length: 99999999999999999999999\r\n", "{}"),
            400),
        Arguments.of(
            "two different Content-Lengths",
            post("Content-Length: 2\r\nContent-Length: 3\r\n", "{}"),
            400),
        Arguments.of(
            "control characters in Content-Type",
            "POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\nX-API-Key: {API_KEY}\r\n"
                + "Content-Type: application/json\u0001\u007f\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}",
            400),
        Arguments.of("unknown Transfer-Encoding", post("Transfer-Encoding: gzip\r\n", "{}"), 501),
        Arguments.of(
            "bad chunk size", post("Transfer-Encoding: chunked\r\n", "ZZ\r\n{}\r\n0\r\n\r\n"), 400),
        Arguments.of(
            "unknown Expect", post("Expect: 200-nope\r\nContent-Length: 2\r\n", "{}"), 417),
        Arguments.of("path parameter", "GET /api;x=1/v1/me HTTP/1.1\r\n" + END, 400),
        Arguments.of("TRACE", "TRACE / HTTP/1.1\r\n" + END, 405),
        Arguments.of("GET /error asked for directly", "GET /error HTTP/1.1\r\n" + END, 404));
  }
}
