package org.relapsecds.api.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.relapsecds.api.problem.PayloadTooLargeException;

/** Reads a request body up to a limit, without ever holding more than the limit in memory. */
public final class RequestBodies {
  /** The documented limit of one case: 64 KB (a realistic case is about 1 KB). */
  public static final int CASE_LIMIT_BYTES = 64 * 1024;

  private RequestBodies() {}

  /**
   * The body's bytes.
   *
   * @param declaredLength the Content-Length, or -1 when the body is chunked
   * @throws PayloadTooLargeException as soon as the body exceeds the limit
   */
  public static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
    if (declaredLength > limit) {
      throw new PayloadTooLargeException(limit);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
    // a declared length sizes the buffer too (one byte more, to see the end in one read): a case is
    // about 1 KB, and an 8 KB buffer per request is most of the garbage of reading it
    byte[] buffer = new byte[declaredLength >= 0 ? (int) Math.min(declaredLength + 1, 8192) : 8192];
    int total = 0;
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      total += n;
      if (total > limit) {
        throw new PayloadTooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
