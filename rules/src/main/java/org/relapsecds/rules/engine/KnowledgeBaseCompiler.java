package org.relapsecds.rules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Compiles DRL sources into an immutable {@link KnowledgeBase}.
 *
 * <p>Uses the classic Drools engine (runtime DRL compilation): it reports syntax and condition
 * errors with their exact line, and rebuilds in tens of milliseconds once warm, which the rule
 * editor's validate and publish rely on. Thread-safe: every build gets its own release id, since
 * concurrent builds sharing one collide inside Drools.
 */
public final class KnowledgeBaseCompiler {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  // Parser messages start with "[ERR 101] Line 8:36 " (0-based column); the position goes into
  // the problem's line and column, so the message need not repeat it.
  private static final Pattern PARSER_POSITION =
      Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+)\\s*");

  // A late combined relapse (CNS3, testis, MRD known), a very early T-lineage marrow relapse on
  // therapy and a second relapse: between them most rule files have rules that fire.
  private static final List<RelapseCase> WARM_UP_CASES =
      List.of(
          warmUpCase()
              .relapseDate(LocalDate.of(2018, 7, 10))
              .marrowBlastPercent(35)
              .extramedullarySites(ExtramedullarySite.CNS)
              .relapseCnsStatus(CnsStatus.CNS3)
              .testicularInvolvement(TesticularInvolvement.UNILATERAL)
              .secondRemission(true)
              .mrd(2e-4)
              .build(),
          warmUpCase()
              .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
              .endOfTherapyDate(null)
              .relapseDate(LocalDate.of(2016, 1, 10))
              .marrowBlastPercent(80)
              .build(),
          warmUpCase()
              .relapseDate(LocalDate.of(2020, 5, 10))
              .relapseNumber(2)
              .priorRegimens(2)
              .marrowBlastPercent(40)
              .build());

  private final EvidenceSources evidenceSources;
  private final EvaluationLimits limits;

  /** The bundled literature registry and {@link EvaluationLimits#DEFAULT}. */
  public KnowledgeBaseCompiler() {
    this(EvidenceSources.bundled(), EvaluationLimits.DEFAULT);
  }

  public KnowledgeBaseCompiler(EvidenceSources evidenceSources) {
    this(evidenceSources, EvaluationLimits.DEFAULT);
  }

  /**
   * @param evidenceSources resolves the rules' {@code @evidence} keys
   * @param limits what every evaluation of the knowledge bases this compiler builds may use
   */
  public KnowledgeBaseCompiler(EvidenceSources evidenceSources, EvaluationLimits limits) {
    this.evidenceSources = evidenceSources;
    this.limits = limits;
  }

  /** The limits the knowledge bases of this compiler evaluate under. */
  public EvaluationLimits limits() {
    return limits;
  }

  /**
   * Compiles the sources. Never throws for bad DRL: errors come back in the result, per file.
   *
   * @param sources DRL files with unique names
   * @return the knowledge base, or the compile problems
   */
  public Compilation compile(List<RuleSource> sources) {
    return EngineClassLoader.call(() -> compileSources(sources));
  }

  private Compilation compileSources(List<RuleSource> sources) {
    Set<String> names = new HashSet<>();
    for (RuleSource source : sources) {
      if (!names.add(source.file())) {
        return Compilation.failed(
            List.of(new CompileProblem(source.file(), 0, 0, "duplicate file name")));
      }
    }
    KieServices services = KieServices.Factory.get();
    ReleaseId releaseId =
        services.newReleaseId("org.relapsecds", "knowledge-base", "1.0.0-" + UUID.randomUUID());
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(releaseId);
    Map<String, String> fileByPath = new HashMap<>();
    for (RuleSource source : sources) {
      String path = "src/main/resources/" + packageFolder(source.text()) + source.file();
      fileByPath.put(path, source.file());
      files.write(path, source.text());
    }
    // Names in the DRL resolve through this loader, and so does every class the generated code
    // references at run time (see RuleClassLoader): rules reach only what RuleClassPolicy allows.
    ClassLoader rulesOnly = new RuleClassLoader(EngineClassLoader.engine());
    KieBuilder builder = services.newKieBuilder(files, rulesOnly).buildAll();
    try {
      List<CompileProblem> problems = problems(builder, fileByPath);
      if (!problems.isEmpty()) {
        return Compilation.failed(problems);
      }
      KieBase kieBase =
          services.newKieContainer(releaseId, rulesOnly).newKieBase(immutable(services));
      KnowledgeBase knowledgeBase =
          new KnowledgeBase(
              version(sources), sources, kieBase, RuleCatalog.of(kieBase, evidenceSources), limits);
      warmUp(knowledgeBase);
      return Compilation.succeeded(knowledgeBase);
    } finally {
      // The KieBase keeps what it needs; the module would otherwise pile up in the repository.
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * A knowledge base never changes after compiling (a new version is a new one), so Drools may
   * treat it as immutable: sessions then keep their facts in a plain identity store instead of one
   * per class, which a reused session rebuilt on every evaluation.
   */
  private static KieBaseConfiguration immutable(KieServices services) {
    KieBaseConfiguration configuration = services.newKieBaseConfiguration();
    configuration.setOption(KieBaseMutabilityOption.DISABLED);
    return configuration;
  }

  /**
   * Evaluates one case right after compiling: the first evaluation of a knowledge base loads and
   * links the classes Drools generated for it and builds the network's memories, which took over a
   * second cold, more than an evaluation's time budget. Runs under the limits, so rules that loop
   * cannot hold the compile; a failure here is the reference check's business, not the compiler's.
   */
  private static void warmUp(KnowledgeBase knowledgeBase) {
    for (RelapseCase relapseCase : WARM_UP_CASES) {
      try {
        knowledgeBase.evaluate(relapseCase);
      } catch (RuntimeException e) {
        return; // reported by whoever evaluates the knowledge base for real
      }
    }
  }

  private static RelapseCase.Builder warmUpCase() {
    return RelapseCase.builder()
        .caseId("warm-up")
        .birthDate(LocalDate.of(2008, 3, 2))
        .diagnosisDate(LocalDate.of(2015, 1, 10))
        .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
        .endOfTherapyDate(LocalDate.of(2017, 1, 10));
  }

  private static String packageFolder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static List<CompileProblem> problems(KieBuilder builder, Map<String, String> fileByPath) {
    List<CompileProblem> problems = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String text = message.getText() == null ? "" : message.getText().trim();
      if (text.startsWith("Parser returned a null Package")) {
        continue; // a consequence of a syntax error that is reported on its own line
      }
      String file = fileByPath.getOrDefault(message.getPath(), fileName(message.getPath()));
      int line = Math.max(0, message.getLine());
      int column = Math.max(0, message.getColumn());
      Matcher position = PARSER_POSITION.matcher(text);
      if (position.find()) {
        if (line == 0) {
          line = Integer.parseInt(position.group(1));
        }
        if (column == 0) {
          column = Integer.parseInt(position.group(2)) + 1;
        }
        text = text.substring(position.end());
      }
      problems.add(new CompileProblem(file, line, column, cleanMessage(text)));
    }
    problems.sort(
        Comparator.comparing(CompileProblem::file).thenComparingInt(CompileProblem::line));
    return problems;
  }

  /** The rule file name at the end of a resource path. */
  static String fileName(String path) {
    if (path == null) {
      return "";
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return RuleFileKind.isRuleFile(last) ? last : path;
  }

  /** Keeps the first lines of a Drools message, without Java stack frames. */
  static String cleanMessage(String text) {
    StringBuilder clean = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("at ") || trimmed.startsWith("Caused by")) {
        continue;
      }
      if (clean.length() > 0) {
        clean.append(' ');
      }
      clean.append(trimmed);
      if (clean.length() > 400) {
        break;
      }
    }
    return clean.toString();
  }

  /**
   * The version a knowledge base compiled from these sources gets: 12 hex digits of a SHA-256 over
   * the files in name order, so it can be computed without compiling (e.g. for history entries).
   */
  public static String version(List<RuleSource> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sources.stream()
          .sorted(Comparator.comparing(RuleSource::file))
          .forEach(
              s -> {
                digest.update(s.file().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(s.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
              });
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
