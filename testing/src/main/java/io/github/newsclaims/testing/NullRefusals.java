package io.github.newsclaims.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Checks that a module's public API refuses {@code null}: every public constructor, static and instance
 * method of every public type in the packages its {@code module-info} exports (nested public types such as
 * the model's builders included, with the methods they inherit from generated code) is called with
 * {@code null} in one reference parameter at a time and sample values in the others, and must throw a
 * {@link NullPointerException} whose message is the name of that parameter.
 *
 * <p>The name is the parameter's own (the module must be compiled with {@code -parameters}), except in the
 * builders Immutables generates, whose collection parameter {@code elements} is named by its attribute
 * ({@code addAllEvidence(elements)} must say {@code "evidence"}) and one {@code element} as
 * {@code "evidence element"}. Exempt by rule: {@code equals(Object)} (its
 * contract answers {@code false}), an enum's implicit {@code valueOf(String)}, and members inherited from the
 * JDK or other libraries. Anything else that accepts {@code null} must be {@linkplain #nullable listed} with
 * a reason.
 *
 * <p>Samples: {@link Samples}' model objects and plain JDK values are built in; a type with neither is sampled
 * through its public static no-argument factory returning it (a builder through its enclosing type's
 * {@code builder()}), else its public no-argument constructor; {@link #sample} adds or replaces one.
 */
public final class NullRefusals {
  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final Map<String, String> nullable = new LinkedHashMap<>();

  private NullRefusals() {
    ModelSamples.addTo(samples);
  }

  /**
   * A checker with the built-in samples and no nullable parameter.
   *
   * @return a new checker
   */
  public static NullRefusals withDefaultSamples() {
    return new NullRefusals();
  }

  /**
   * Uses {@code sample} wherever a value of exactly {@code type} is needed.
   *
   * @param <T> the type of the sample
   * @param type the parameter type the sample stands for
   * @param sample supplies a fresh, valid value of that type
   * @return this checker
   */
  public <T> NullRefusals sample(Class<T> type, Supplier<? extends T> sample) {
    samples.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(sample, "sample"));
    return this;
  }

  /**
   * Exempts one parameter, written {@code Type.method(parameter)} or {@code new Type(parameter)} with the
   * type's simple (nested) name, e.g. {@code Claim.Builder.key(key)}; {@code reason} says where it is
   * documented. A listed parameter that no longer exists is a violation, so the list cannot go stale.
   *
   * @param parameter the parameter, as above
   * @param reason where its nullability is documented; not blank
   * @return this checker
   */
  public NullRefusals nullable(String parameter, String reason) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("the reason for " + parameter + " must not be blank");
    }
    nullable.put(parameter, reason);
    return this;
  }

  /**
   * What a check found: how many parameters were called with null, and each that did not refuse it.
   *
   * @param checked every parameter called with null, as {@code Type.method(parameter)}
   * @param violations each parameter that did not refuse null by name, with what happened instead
   */
  public record Report(List<String> checked, List<String> violations) {
    /**
     * Copies both lists.
     *
     * @param checked every parameter called with null
     * @param violations each that did not refuse it
     */
    public Report {
      checked = List.copyOf(checked);
      violations = List.copyOf(violations);
    }

    /**
     * Throws an {@link AssertionError} listing every violation, or naming each of {@code expected} that was
     * not checked (so that a test cannot pass by checking nothing); returns this report otherwise.
     *
     * @param expected parameters that must have been checked, as {@code Type.method(parameter)}
     * @return this report
     */
    public Report assertClean(String... expected) {
      List<String> missing = Arrays.stream(expected).filter(key -> !checked.contains(key)).toList();
      if (!missing.isEmpty()) {
        throw new AssertionError("not checked: " + missing + "; checked: " + checked);
      }
      if (!violations.isEmpty()) {
        throw new AssertionError(violations.size() + " of " + checked.size()
            + " parameters do not refuse null by name:\n  " + String.join("\n  ", violations));
      }
      return this;
    }
  }

  /**
   * Checks every exported public type of the module (or jar) holding {@code anyType}.
   *
   * @param anyType any class of the module to check
   * @return what was checked and found
   */
  public Report checkModuleOf(Class<?> anyType) {
    return check(exportedTypes(anyType));
  }

  /**
   * Checks the given public types.
   *
   * @param types the types whose public constructors and methods are called with null
   * @return what was checked and found
   */
  public Report check(List<Class<?>> types) {
    Objects.requireNonNull(types, "types");
    Set<String> used = new TreeSet<>();
    List<String> checked = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (Class<?> type : types) {
      for (Executable member : members(type)) {
        Parameter[] parameters = member.getParameters();
        if (parameters.length > 0 && !parameters[0].isNamePresent()) {
          violations.add(simpleName(type) + ": no parameter names in the class as loaded (compile with"
              + " -parameters; a bytecode agent such as Jazzer's may have rewritten the class without them)");
          break;
        }
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          String key = key(type, member, parameters[i]);
          if (nullable.containsKey(key)) {
            used.add(key);
            continue;
          }
          checked.add(key);
          String problem = callWithNull(type, member, i);
          if (problem != null) {
            violations.add(key + ": " + problem);
          }
        }
      }
    }
    for (String listed : nullable.keySet()) {
      if (!used.contains(listed)) {
        violations.add(listed + ": listed as nullable but no such public parameter exists");
      }
    }
    return new Report(checked, violations);
  }

  /**
   * The public types, nested public types included, of the packages the module holding {@code anyType} exports.
   *
   * @param anyType any class of the module
   * @return the exported public types, in a stable order
   */
  public static List<Class<?>> exportedTypes(Class<?> anyType) {
    Objects.requireNonNull(anyType, "anyType");
    Path root = codeRoot(anyType);
    try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root)) {
      Path base = jar == null ? root : jar.getPath("/");
      Set<String> exported = exportedPackages(base.resolve("module-info.class"));
      List<Class<?>> types = new ArrayList<>();
      try (Stream<Path> files = Files.walk(base)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = base.relativize(file).toString().replace('\\', '/');
          String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
          int dot = className.lastIndexOf('.');
          if (dot < 0 || className.endsWith("module-info") || !exported.contains(className.substring(0, dot))) {
            continue;
          }
          Class<?> type = Class.forName(className, false, anyType.getClassLoader());
          if (isVisible(type)) {
            types.add(type);
          }
        }
      }
      types.sort(Comparator.comparing(Class::getName));
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path codeRoot(Class<?> anyType) {
    CodeSource source = anyType.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalArgumentException(anyType + " has no code source to list");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Set<String> exportedPackages(Path moduleInfo) throws IOException {
    if (!Files.exists(moduleInfo)) {
      throw new IllegalArgumentException("no module-info.class in " + moduleInfo.getParent()
          + ": the exported packages are what the module declares");
    }
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports exports : ModuleDescriptor.read(in).exports()) {
        if (!exports.isQualified()) {
          exported.add(exports.source());
        }
      }
      return exported;
    }
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<Executable> members(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    if (!Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
      members.addAll(Arrays.asList(type.getConstructors()));
    }
    CodeSource own = type.getProtectionDomain().getCodeSource();
    for (Method method : type.getMethods()) {
      if (method.isSynthetic() || method.isBridge()
          || !Objects.equals(method.getDeclaringClass().getProtectionDomain().getCodeSource(), own)
          || isEquals(method) || isEnumValueOf(type, method)) {
        continue;
      }
      members.add(method);
    }
    members.sort(Comparator.comparing(Executable::toGenericString));
    return members;
  }

  private static boolean isEquals(Method method) {
    return method.getName().equals("equals") && Arrays.equals(method.getParameterTypes(), new Class<?>[] {Object.class});
  }

  private static boolean isEnumValueOf(Class<?> type, Method method) {
    return type.isEnum() && method.getName().equals("valueOf")
        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
  }

  private static String key(Class<?> type, Executable member, Parameter parameter) {
    String owner = simpleName(type);
    return member instanceof Constructor<?>
        ? "new " + owner + "(" + parameter.getName() + ")"
        : owner + "." + member.getName() + "(" + parameter.getName() + ")";
  }

  private static String simpleName(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : simpleName(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  /** The names a message may give for the parameter: its own, or for a builder's elements, the attribute. */
  static Set<String> acceptedNames(Executable member, Parameter parameter) {
    Set<String> names = new TreeSet<>();
    names.add(parameter.getName());
    if (member instanceof Method && (parameter.getName().equals("elements") || parameter.getName().equals("element"))) {
      String attribute = member.getName().replaceFirst("^addAll(?=\\p{Lu})|^add(?=\\p{Lu})", "");
      attribute = attribute.substring(0, 1).toLowerCase(Locale.ROOT) + attribute.substring(1);
      // A depluralized add method (addEstimate) names its attribute in the plural (estimates): the
      // attribute is the builder's setter that takes an Iterable.
      for (String plural : List.of(attribute + "s", attribute + "es")) {
        for (Method setter : member.getDeclaringClass().getMethods()) {
          if (setter.getName().equals(plural) && setter.getParameterCount() == 1
              && Iterable.class.isAssignableFrom(setter.getParameterTypes()[0])) {
            attribute = plural;
          }
        }
      }
      names.add(parameter.getName().equals("elements") ? attribute : attribute + " element");
    }
    return names;
  }

  private String callWithNull(Class<?> type, Executable member, int nullAt) {
    Object[] arguments;
    MethodHandle handle;
    try {
      handle = handle(type, member);
      Parameter[] parameters = member.getParameters();
      boolean instance = member instanceof Method method && !Modifier.isStatic(method.getModifiers());
      arguments = new Object[parameters.length + (instance ? 1 : 0)];
      int offset = 0;
      if (instance) {
        arguments[0] = sampleOf(type);
        offset = 1;
      }
      for (int i = 0; i < parameters.length; i++) {
        arguments[offset + i] = i == nullAt ? null : sampleOf(parameters[i].getType());
      }
    } catch (RuntimeException | ReflectiveOperationException e) {
      return "cannot set up the call: " + e;
    }
    Object result;
    try {
      result = handle.invokeWithArguments(arguments);
    } catch (NullPointerException e) {
      Set<String> names = acceptedNames(member, member.getParameters()[nullAt]);
      return e.getMessage() != null && names.contains(e.getMessage()) ? null
          : "NullPointerException with message " + quote(e.getMessage()) + ", not " + names;
    } catch (Throwable e) {
      return "threw " + e + " instead of a NullPointerException";
    }
    return "accepted null and returned " + (result == null ? "null" : quote(String.valueOf(result)));
  }

  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }

  private static MethodHandle handle(Class<?> type, Executable member) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle handle;
    if (member instanceof Constructor<?> constructor) {
      handle = lookup.findConstructor(type, MethodType.methodType(void.class, constructor.getParameterTypes()));
    } else {
      Method method = (Method) member;
      MethodType signature = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
      handle = Modifier.isStatic(method.getModifiers())
          ? lookup.findStatic(type, method.getName(), signature)
          : lookup.findVirtual(type, method.getName(), signature);
    }
    // A null array must reach a varargs method as the array itself, not as its one element.
    return handle.asFixedArity();
  }

  /** A fresh sample of {@code type}: a registered one, an enum constant, an empty container or array, or a factory's. */
  private Object sampleOf(Class<?> type) throws ReflectiveOperationException {
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    Supplier<?> registered = samples.get(type);
    if (registered != null) {
      return registered.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
      return type.getEnclosingClass().getMethod("builder").invoke(null);
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() == type) {
        return method.invoke(null);
      }
    }
    return type.getConstructor().newInstance();
  }
}
