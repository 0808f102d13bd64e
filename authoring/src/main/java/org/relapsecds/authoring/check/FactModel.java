package org.relapsecds.authoring.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The fact model as the rule check sees it, found by reflection over {@code
 * org.relapsecds.rules.model}: its records, enums and fact classes, their properties, and the
 * {@code java.util}/{@code java.time} value types their properties use. No hand-kept list: a new
 * record of the model is a type rules may use as soon as it is compiled.
 */
public final class FactModel {
  /** The package of the fact model. */
  public static final String PACKAGE = RelapseCase.class.getPackageName();

  /** Collection types a consequence may build with {@code of(...)}, and rules may import. */
  static final Set<String> COLLECTION_FACTORIES = Set.of("EnumSet", "Set", "List");

  private final Map<String, Class<?>> types;
  private final Map<String, Class<?>> valueTypes;

  FactModel(Map<String, Class<?>> types) {
    this.types = Map.copyOf(types);
    Map<String, Class<?>> values = new TreeMap<>();
    for (Class<?> type : types.values()) {
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == type) {
          collectValueTypes(m.getGenericReturnType(), values);
        }
      }
    }
    values.put("EnumSet", java.util.EnumSet.class);
    values.put("Set", Set.class);
    values.put("List", java.util.List.class);
    this.valueTypes = Map.copyOf(values);
  }

  /** The fact model of this build. */
  public static FactModel standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final FactModel STANDARD = new FactModel(scan());
  }

  /** The model type of this simple or qualified name, if it is one. */
  Optional<Class<?>> type(String name) {
    String simple = name.startsWith(PACKAGE + ".") ? name.substring(PACKAGE.length() + 1) : name;
    return Optional.ofNullable(types.get(simple));
  }

  boolean isEnum(Class<?> type) {
    return type.isEnum() && types.containsValue(type);
  }

  /** Whether a qualified name is a java.util/java.time value type the model uses. */
  boolean isValueType(String qualified) {
    return valueTypes.values().stream().anyMatch(t -> t.getName().equals(qualified));
  }

  /** The simple names of the value types, for messages. */
  Set<String> valueTypeNames() {
    return new TreeSet<>(valueTypes.keySet());
  }

  /**
   * The type of a property read in a condition ({@code marrowBlastPercent}, {@code relapse}) or a
   * record accessor called in a consequence ({@code relapse()}), or empty when the type has none.
   *
   * @param accessorCall true for the call form, which only records have
   */
  Optional<Class<?>> property(Class<?> owner, String name, boolean accessorCall) {
    if (owner.isRecord()) {
      for (RecordComponent c : owner.getRecordComponents()) {
        if (c.getName().equals(name)) {
          return Optional.of(c.getType());
        }
      }
    }
    if (accessorCall || !types.containsValue(owner)) {
      return Optional.empty();
    }
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String getter : new String[] {"get" + cap, "is" + cap}) {
      try {
        Method m = owner.getMethod(getter);
        if (m.getDeclaringClass() == owner && !Modifier.isStatic(m.getModifiers())) {
          return Optional.of(m.getReturnType());
        }
      } catch (NoSuchMethodException e) {
        // not this form of getter
      }
    }
    return Optional.empty();
  }

  private static void collectValueTypes(Type type, Map<String, Class<?>> into) {
    if (type instanceof Class<?> c) {
      String pkg = c.getPackageName();
      if (pkg.equals("java.util") || pkg.equals("java.time")) {
        into.put(c.getSimpleName(), c);
      }
    } else if (type instanceof ParameterizedType p) {
      collectValueTypes(p.getRawType(), into);
      for (Type arg : p.getActualTypeArguments()) {
        collectValueTypes(arg, into);
      }
    }
  }

  /**
   * Lists the top-level classes of the model package from its class-path entry (a folder, a jar or
   * a jar nested in the executable jar) and keeps the records, enums and public fact classes;
   * exceptions and helpers are not facts.
   */
  static Map<String, Class<?>> scan() {
    ClassLoader loader = RelapseCase.class.getClassLoader();
    String folder = PACKAGE.replace('.', '/');
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> urls = loader.getResources(folder);
      while (urls.hasMoreElements()) {
        names.addAll(classNames(urls.nextElement(), folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Class<?>> types = new HashMap<>();
    for (String name : names) {
      try {
        Class<?> c = Class.forName(PACKAGE + "." + name, false, loader);
        if (Modifier.isPublic(c.getModifiers())
            && !Throwable.class.isAssignableFrom(c)
            && (c.isRecord() || c.isEnum() || !c.isInterface())) {
          types.put(c.getSimpleName(), c);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("fact model class not loadable: " + name, e);
      }
    }
    if (types.isEmpty()) {
      throw new IllegalStateException("fact model classes not found on the class path");
    }
    return types;
  }

  private static Set<String> classNames(URL url, String folder) throws IOException {
    Set<String> names = new TreeSet<>();
    if (url.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.map(p -> p.getFileName().toString()).forEach(f -> addClassName(f, names));
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    } else if (url.openConnection() instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      try (JarFile file = jar.getJarFile()) {
        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
          String entry = e.nextElement().getName();
          if (entry.startsWith(folder + "/") && entry.indexOf('/', folder.length() + 1) < 0) {
            addClassName(entry.substring(folder.length() + 1), names);
          }
        }
      }
    }
    return names;
  }

  private static void addClassName(String file, Set<String> names) {
    if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
      names.add(file.substring(0, file.length() - ".class".length()));
    }
  }
}
