package org.relapsecds.api.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads NDJSON lines from a stream with bounded memory: a line longer than the limit is skipped to
 * its end and reported as too long instead of being buffered.
 */
final class NdjsonLineReader {
  /** One physical line: its 1-based number, and its bytes, or null when it exceeded the limit. */
  record Line(long number, byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }

    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int end;
  private long lineNumber;
  private byte[] line;

  NdjsonLineReader(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
    this.line = new byte[Math.min(limit, 4096)];
  }

  /** Whether the next read would block: the caller flushes its output first. */
  boolean wouldBlock() throws IOException {
    return position >= end && in.available() <= 0;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position >= end) {
        end = in.read(buffer);
        position = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == limit) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(limit, line.length * 2));
      }
      line[length++] = b;
    }
    lineNumber++;
    if (tooLong) {
      return new Line(lineNumber, null);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(lineNumber, Arrays.copyOf(line, length));
  }
}
