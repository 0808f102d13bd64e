package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.api.support.PostgresServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real executable jars on loopback sharing one PostgreSQL (the decision log and the audit
 * trail) and one bare git repository as the rule remote: a publish on one is served by the other,
 * concurrent publishes race with exactly one winner, evaluations never fail during a switch, a
 * server killed in a publish leaves remote and database consistent, and a server started later
 * catches up before it reports ready. The figures it prints are in docs/performance.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServerIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(10);

  @TempDir static Path temp;
  private static Path remote;
  private static String databaseUrl;
  private static ExecutableJarServer a;
  private static ExecutableJarServer b;
  private static long publishMillis;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTwoServers() throws Exception {
    databaseUrl = PostgresServer.get().newDatabase("two_servers");
    remote = temp.resolve("rules.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
    // both at once, on an empty remote: one seeds it, the other adopts what it seeded
    CompletableFuture<ExecutableJarServer> first = CompletableFuture.supplyAsync(() -> start("a"));
    CompletableFuture<ExecutableJarServer> second = CompletableFuture.supplyAsync(() -> start("b"));
    a = first.join();
    b = second.join();
    awaitSameVersion(a, b);
  }

  @AfterAll
  static void stopServers() {
    for (ExecutableJarServer server : new ExecutableJarServer[] {a, b}) {
      if (server != null) {
        server.stop();
      }
    }
  }

  private static ExecutableJarServer start(String name) {
    return ExecutableJarServer.start(
        temp.resolve("server-" + name),
        List.of(
            "--spring.datasource.url=" + databaseUrl,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--cds.rules.remote=" + remote,
            "--cds.server-name=" + name,
            // two gates at once on a shared two-core build machine can outlast the production
            // limit of 60 s (the gate's own tests set theirs)
            "--cds.rules.gate.time-limit=600s"));
  }

  @Test
  @Order(1)
  void aPublishOnAIsServedByBWithinTenSecondsWithNoFailedEvaluationAndOneDecisionLog()
      throws Exception {
    String before = version(b);
    String draft = saveDraft(a, "// reviewed on server a\n");
    Load load = Load.start(List.of(a, b));
    Thread.sleep(1000); // the load runs before, during and after the publish

    long start = System.nanoTime();
    HttpResponse<String> published = publish(a, draft, "Reviewed on server a");
    long publishedAt = System.nanoTime();
    publishMillis = (publishedAt - start) / 1_000_000;
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    String version = JSON.readTree(published.body()).path("knowledgeBaseVersion").asString();
    assertThat(version).isNotEqualTo(before);
    long propagation = awaitVersion(b, version);
    Thread.sleep(1000);
    load.stop();

    System.out.printf(
        "TwoServerIT: publish on A took %d ms; B served %s %d ms after A answered%n",
        publishMillis, version, propagation);
    System.out.printf(
        "TwoServerIT: %d evaluations on A and B during the publish, %d failed%n",
        load.ok.get() + load.failed.get(), load.failed.get());
    assertThat(propagation).isLessThan(PROPAGATION_LIMIT.toMillis());
    assertThat(load.failed.get()).as(load.failures.toString()).isZero();
    assertThat(load.ok.get()).isPositive();

    // one decision log: every decision of both servers is in the shared database, under the
    // version that answered it (both versions appear: the switch happened under load)
    Map<String, String> recorded = awaitDecisions(load.decisionIds);
    assertThat(recorded.keySet()).containsAll(load.decisionIds);
    assertThat(new HashSet<>(recorded.values())).contains(before, version);
    assertThat(load.servedBy).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  @Order(2)
  void concurrentPublishesOnAAndBHaveExactlyOneWinnerAndTheOtherGets409() throws Exception {
    String draftA = saveDraft(a, "// race: a\n");
    String draftB = saveDraft(b, "// race: b\n");
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> onA =
        CompletableFuture.supplyAsync(() -> publishAfter(go, a, draftA, "Race from a"));
    CompletableFuture<HttpResponse<String>> onB =
        CompletableFuture.supplyAsync(() -> publishAfter(go, b, draftB, "Race from b"));
    go.countDown();
    HttpResponse<String> ra = onA.join();
    HttpResponse<String> rb = onB.join();

    System.out.printf(
        "TwoServerIT: concurrent publishes: A %d, B %d%n", ra.statusCode(), rb.statusCode());
    for (HttpResponse<String> r : List.of(ra, rb)) {
      assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
    }
    assertThat(List.of(ra.statusCode(), rb.statusCode())).containsExactlyInAnyOrder(200, 409);
    HttpResponse<String> loser = ra.statusCode() == 409 ? ra : rb;
    HttpResponse<String> winner = ra.statusCode() == 200 ? ra : rb;
    assertThat(loser.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(loser.body()).path("status").asInt()).isEqualTo(409);
    String version = JSON.readTree(winner.body()).path("knowledgeBaseVersion").asString();
    String commit = JSON.readTree(winner.body()).path("commit").asString();
    assertThat(remoteHead().name()).isEqualTo(commit);
    awaitVersion(a, version);
    awaitVersion(b, version);
    // the loser's repository holds no trace of its refused change as active rules
    ExecutableJarServer lost = loser == ra ? a : b;
    assertThat(JSON.readTree(get(lost, "/api/v1/rules").body()).path("activeCommit").asString())
        .isEqualTo(commit);
    discardDraft(lost);
  }

  @Test
  @Order(3)
  void aServerKilledDuringAPublishLeavesRemoteAndDatabaseConsistentAndCatchesUpOnRestart()
      throws Exception {
    discardDraft(a);
    discardDraft(b);
    ObjectId headBefore = remoteHead();
    String draft = saveDraft(a, "// killed while publishing\n");
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(
            () -> {
              try {
                publish(a, draft, "Publish killed on a");
              } catch (Exception e) {
                // the server dies under it: no answer is the expected outcome
              }
            });
    // the narrowest window: kill as soon as A's local commit is on disk, before or during its push
    long start = System.nanoTime();
    ObjectId localBefore = localHead(a);
    while (localHead(a).equals(localBefore)
        && System.nanoTime() - start < Duration.ofSeconds(150).toNanos()) {
      Thread.sleep(1);
    }
    a.kill();
    long killedAfter = (System.nanoTime() - start) / 1_000_000;
    publishing.exceptionally(e -> null).join();

    ObjectId headAfter = remoteHead();
    boolean published = !headAfter.equals(headBefore);
    System.out.printf(
        "TwoServerIT: A killed %d ms into a publish, once its local commit was written; remote"
            + " head %s; git locks left: %s%n",
        killedAfter,
        published ? "moved to A's commit (push done)" : "unchanged (push missing)",
        gitLocks(a));
    if (published) {
      assertThat(commitMessage(headAfter)).contains("Publish killed on a");
    }
    // B serves the remote head, and the database names every published commit
    String headVersion = awaitServedCommit(b, headAfter.name());
    assertThat(auditTargets("rules.publish", "rules.sync")).contains(headAfter.name());
    for (String publishedCommit : auditTargets("rules.publish")) {
      assertThat(isOnRemote(publishedCommit)).as(publishedCommit).isTrue();
    }

    // B publishes while A is down; A restarted on its old folder catches up before it is ready
    String later = saveDraft(b, "// published while a was down\n");
    HttpResponse<String> onB = publish(b, later, "Published while a was down");
    assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
    String latest = JSON.readTree(onB.body()).path("knowledgeBaseVersion").asString();
    assertThat(latest).isNotEqualTo(headVersion);
    long restartStart = System.nanoTime();
    a = start("a");
    System.out.printf(
        "TwoServerIT: A restarted and ready in %d ms%n",
        (System.nanoTime() - restartStart) / 1_000_000);
    // readiness comes only after A compared itself with the remote and moved to its head; the
    // lock files the kill left behind (index.lock in a checkout) are removed at start-up
    String servedWhenReady = version(a);
    System.out.printf(
        "TwoServerIT: A served %s when first ready (published: %s)%n", servedWhenReady, latest);
    assertThat(servedWhenReady).as("served when first ready\n" + a.log()).isEqualTo(latest);
    JsonNode readiness = JSON.readTree(get(a, "/actuator/health/readiness").body());
    JsonNode kb = JSON.readTree(get(a, "/api/v1/knowledge-base").body());
    assertThat(kb.path("version").asString()).as("served after catching up").isEqualTo(latest);
    assertThat(kb.path("replication").path("inSync").asBoolean()).isTrue();
    assertThat(
            readiness
                .path("components")
                .path("ruleRemote")
                .path("details")
                .path("inSync")
                .asBoolean())
        .isTrue();
    assertThat(remoteHead().name()).isEqualTo(JSON.readTree(onB.body()).path("commit").asString());
  }

  // --- HTTP ---

  private HttpRequest.Builder request(ExecutableJarServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(300)) // a publish on the loaded build machine took 90-130 s
        .header("Authorization", server.editorBasicAuth());
  }

  private HttpResponse<String> get(ExecutableJarServer server, String path) throws Exception {
    return client.send(request(server, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String saveDraft(ExecutableJarServer server, String appended) throws Exception {
    HttpResponse<String> file = get(server, "/api/v1/rules/site.drl");
    assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
    HttpResponse<String> saved =
        client.send(
            request(server, "/api/v1/rules/site.drl")
                .header("Content-Type", "text/plain")
                .header("If-Match", file.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(file.body() + appended))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return JSON.readTree(get(server, "/api/v1/rules/draft").body()).path("draftCommit").asString();
  }

  private void discardDraft(ExecutableJarServer server) throws Exception {
    client.send(
        request(server, "/api/v1/rules/draft").DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> publish(ExecutableJarServer server, String draft, String reason)
      throws Exception {
    return client.send(
        request(server, "/api/v1/rules/publish")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("reason", reason, "draftCommit", draft))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> publishAfter(
      CountDownLatch go, ExecutableJarServer server, String draft, String reason) {
    try {
      go.await();
      return publish(server, draft, reason);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String version(ExecutableJarServer server) throws Exception {
    return knowledgeBase(server).path("version").asString();
  }

  private static String servedCommit(ExecutableJarServer server) throws Exception {
    return knowledgeBase(server).path("replication").path("servedCommit").asString();
  }

  private static JsonNode knowledgeBase(ExecutableJarServer server) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/knowledge-base"))
                    .header("X-API-Key", server.apiKey())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Milliseconds until {@code server} serves {@code version}; fails after twice the limit. */
  private static long awaitVersion(ExecutableJarServer server, String version) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 2 * PROPAGATION_LIMIT.toNanos()) {
      if (version.equals(version(server))) {
        return (System.nanoTime() - start) / 1_000_000;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(server.baseUrl() + " never served " + version + "\n" + server.log());
  }

  private static String awaitServedCommit(ExecutableJarServer server, String commit)
      throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 2 * PROPAGATION_LIMIT.toNanos()) {
      JsonNode kb = knowledgeBase(server);
      if (commit.equals(kb.path("replication").path("servedCommit").asString())) {
        return kb.path("version").asString();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(server.baseUrl() + " never served commit " + commit);
  }

  /** Until both serve the same published commit (both seeded the empty remote: one won). */
  private static void awaitSameVersion(ExecutableJarServer one, ExecutableJarServer other)
      throws Exception {
    long start = System.nanoTime();
    while (!servedCommit(one).equals(servedCommit(other))
        || !knowledgeBase(one).path("replication").path("inSync").asBoolean()
        || !knowledgeBase(other).path("replication").path("inSync").asBoolean()) {
      assertThat(System.nanoTime() - start).isLessThan(2 * PROPAGATION_LIMIT.toNanos());
      Thread.sleep(100);
    }
  }

  // --- the shared remote and database ---

  private static ObjectId remoteHead() throws Exception {
    try (Git git = Git.open(remote.toFile())) {
      return git.getRepository().resolve("refs/heads/main");
    }
  }

  /** The lock files in a server's rule repository, e.g. what a kill left in a checkout. */
  private static List<String> gitLocks(ExecutableJarServer server) throws Exception {
    Path git = server.rulesRepository().resolve(".git");
    try (var files = java.nio.file.Files.walk(git)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".lock"))
          .map(p -> git.relativize(p).toString())
          .toList();
    }
  }

  private static ObjectId localHead(ExecutableJarServer server) throws Exception {
    try (Git git = Git.open(server.rulesRepository().toFile())) {
      return git.getRepository().resolve("HEAD");
    }
  }

  private static String commitMessage(ObjectId commit) throws Exception {
    try (Git git = Git.open(remote.toFile());
        RevWalk walk = new RevWalk(git.getRepository())) {
      return walk.parseCommit(commit).getFullMessage();
    }
  }

  private static boolean isOnRemote(String commit) throws Exception {
    try (Git git = Git.open(remote.toFile());
        RevWalk walk = new RevWalk(git.getRepository())) {
      ObjectId id = git.getRepository().resolve(commit);
      if (id == null || !git.getRepository().getObjectDatabase().has(id)) {
        return false;
      }
      RevCommit head = walk.parseCommit(git.getRepository().resolve("refs/heads/main"));
      return walk.isMergedInto(walk.parseCommit(id), head);
    }
  }

  private static Set<String> auditTargets(String... actions) throws Exception {
    Set<String> targets = new HashSet<>();
    try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
      var statement = c.prepareStatement("SELECT target FROM audit_event WHERE action = ANY (?)");
      statement.setArray(1, c.createArrayOf("varchar", actions));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          targets.add(rows.getString(1));
        }
      }
    }
    return targets;
  }

  /** Decision id to knowledge-base version, once every given id is recorded (written async). */
  private static Map<String, String> awaitDecisions(Set<String> ids) throws Exception {
    Map<String, String> recorded = new java.util.HashMap<>();
    long start = System.nanoTime();
    while (!recorded.keySet().containsAll(ids)
        && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
      Thread.sleep(200);
      recorded.clear();
      try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
          ResultSet rows =
              c.createStatement().executeQuery("SELECT id, knowledge_base_version FROM decision")) {
        while (rows.next()) {
          recorded.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return recorded;
  }

  /** Steady evaluations, one thread per entry, each on its server, until stopped. */
  private static final class Load {
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final Set<String> decisionIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> servedBy = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    static Load start(List<ExecutableJarServer> servers) throws Exception {
      Load load = new Load();
      String body = ExecutableJarIT.contractExample();
      for (ExecutableJarServer server : servers) {
        String name = server == a ? "a" : "b";
        Thread t = new Thread(() -> load.run(server, name, body), "load-" + name);
        t.setDaemon(true);
        load.threads.add(t);
        t.start();
      }
      return load;
    }

    private void run(ExecutableJarServer server, String name, String body) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/evaluations"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("X-API-Key", server.apiKey())
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      while (running.get()) {
        try {
          HttpResponse<String> response =
              client.send(request, HttpResponse.BodyHandlers.ofString());
          Thread.sleep(5); // steady, not saturating: the build machine has two cores
          if (response.statusCode() == 200) {
            ok.incrementAndGet();
            response.headers().firstValue("X-Decision-Id").ifPresent(decisionIds::add);
            servedBy.add(name);
          } else {
            failed.incrementAndGet();
            failures.add(name + " " + response.statusCode() + " " + response.body());
          }
        } catch (Exception e) {
          failed.incrementAndGet();
          failures.add(name + " " + e);
        }
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join(35_000);
      }
    }
  }
}
