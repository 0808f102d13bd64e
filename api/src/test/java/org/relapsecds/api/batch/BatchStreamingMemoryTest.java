package org.relapsecds.api.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.support.ApiTestSupport;

/**
 * A 100,000-line batch through the real HTTP stack: answers stream back while the request is still
 * being sent, in order, and the heap does not grow with the number of lines.
 *
 * <p>A plain socket client, because it must send and receive at the same time on one HTTP/1.1
 * exchange, and must itself hold neither the request nor the response.
 */
class BatchStreamingMemoryTest extends ApiTestSupport {
  private static final int LINES = 100_000;
  private static final int EARLY_SAMPLE = 20_000;
  private static final long ALLOWED_GROWTH_BYTES = 48L * 1024 * 1024;

  @Test
  void aHundredThousandLineBatchStreamsInOrderWithFlatMemory() throws Exception {
    String line =
        BatchEvaluationTest.caseLine("X").replace("\"caseId\":\"X\"", "\"caseId\":\"%d\"");
    AtomicLong linesSent = new AtomicLong();
    long sentWhenFirstAnswerArrived;
    long heapEarly = 0;
    long heapLate = 0;
    long answered = 0;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(120_000);
      CompletableFuture<Void> sender =
          CompletableFuture.runAsync(() -> send(socket, line, linesSent));
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      assertThat(readLine(in)).startsWith("HTTP/1.1 200");
      boolean chunked = false;
      for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
        chunked |= header.equalsIgnoreCase("Transfer-Encoding: chunked");
      }
      assertThat(chunked).as("streamed, not buffered to a Content-Length").isTrue();
      ChunkedLines answers = new ChunkedLines(in);
      String first = answers.next();
      sentWhenFirstAnswerArrived = linesSent.get();
      assertThat(first).contains("\"caseId\":\"0\"");
      answered = 1;
      for (String answer = answers.next(); answer != null; answer = answers.next()) {
        // each answer: its decision id, then the echoed case id, in input order
        if (!answer.matches(
            "\\{\"decisionId\":\"[0-9a-f-]{36}\",\"caseId\":\"" + answered + "\",.*")) {
          assertThat(answer)
              .as("answer " + answered)
              .matches("\\{\"decisionId\":\"[0-9a-f-]{36}\",\"caseId\":\"" + answered + "\",.*");
        }
        answered++;
        if (answered == EARLY_SAMPLE) {
          heapEarly = usedHeapAfterGc();
        } else if (answered == LINES - 1000) {
          heapLate = usedHeapAfterGc();
        }
      }
      sender.get();
    }
    assertThat(answered).isEqualTo(LINES);
    assertThat(sentWhenFirstAnswerArrived)
        .as("lines sent when the first answer came")
        .isLessThan(LINES);
    assertThat(heapLate - heapEarly)
        .as(
            "heap growth between line %d (%d MB) and line %d (%d MB)",
            EARLY_SAMPLE, heapEarly >> 20, LINES - 1000, heapLate >> 20)
        .isLessThan(ALLOWED_GROWTH_BYTES);
  }

  private void send(Socket socket, String template, AtomicLong linesSent) {
    try {
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      out.write(
          ("POST /api/v1/evaluations/batch HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-ndjson\r\nX-API-Key: "
                  + API_KEY
                  + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < LINES; i++) {
        byte[] chunk = (template.formatted(i) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        linesSent.set(i + 1L);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** One CRLF-terminated line of ASCII (status line, header, chunk size). */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** Lines of a chunked HTTP body, read without holding more than one chunk. */
  private static final class ChunkedLines {
    private final InputStream in;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean done;

    ChunkedLines(InputStream in) {
      this.in = in;
    }

    String next() throws IOException {
      while (true) {
        byte[] bytes = pending.toByteArray();
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == '\n') {
            pending.reset();
            pending.write(bytes, i + 1, bytes.length - i - 1);
            return new String(bytes, 0, i, StandardCharsets.UTF_8);
          }
        }
        if (done || !readChunk()) {
          done = true;
          return null;
        }
      }
    }

    private boolean readChunk() throws IOException {
      String size = readLine(in);
      if (size == null) {
        return false;
      }
      int length = Integer.parseInt(size.trim(), 16);
      if (length == 0) {
        return false;
      }
      pending.write(in.readNBytes(length));
      readLine(in); // CRLF after the chunk
      return true;
    }
  }
}
