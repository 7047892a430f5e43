package io.pyra;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The condition of the query-kit rule: no method both builds text at run time (string
 * concatenation, {@code String.format}/{@code formatted}/{@code join}/{@code concat}, a {@code
 * StringBuilder}, {@code StringBuffer}, {@code StringJoiner} or {@code Collectors.joining}) and
 * passes SQL text to {@code JdbcClient.sql}, {@code QueryPart.of}/{@code wrap} or {@code
 * Where.and}/{@code statement}/{@code query}. SQL text is then a constant of the module, or comes
 * from the kit.
 *
 * <p>It reads the byte code with the ASM that ArchUnit bundles: javac compiles a non-constant
 * {@code +} on strings to an {@code invokedynamic} of {@code StringConcatFactory}, which ArchUnit's
 * own access API does not list as a method call. A constant expression ({@code "a" + CONSTANT}) is
 * folded by javac and is no concatenation at run time. The body of a lambda counts as part of the
 * method that declares it as far as text built in the method may reach SQL passed in the lambda; a
 * method of the class that takes text and passes it on as SQL is a sink for the class's other
 * methods too.
 */
final class SqlTextRule extends ArchCondition<JavaClass> {

  private static final Set<String> SINKS =
      Set.of(
          "org/springframework/jdbc/core/simple/JdbcClient.sql",
          "io/pyra/platform/query/QueryPart.of",
          "io/pyra/platform/query/QueryPart.wrap",
          "io/pyra/platform/query/Where.and",
          "io/pyra/platform/query/Where.statement",
          "io/pyra/platform/query/Where.query");

  private static final Set<String> TEXT_BUILDERS =
      Set.of(
          "java/lang/String.format",
          "java/lang/String.formatted",
          "java/lang/String.join",
          "java/lang/String.concat",
          "java/lang/StringBuilder.",
          "java/lang/StringBuffer.",
          "java/util/StringJoiner.",
          "java/util/stream/Collectors.joining");

  SqlTextRule() {
    super(
        "build SQL text at run time (concatenation, format, formatted, join, StringBuilder) in a"
            + " method that passes SQL text to JdbcClient.sql, QueryPart or Where");
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    Map<String, Method> methods = read(type);
    passOnSinks(methods);
    Map<String, List<Method>> byMethod = new TreeMap<>();
    for (Method method : methods.values()) {
      byMethod.computeIfAbsent(method.declaredIn, k -> new ArrayList<>()).add(method);
    }
    for (List<Method> methodAndLambdas : byMethod.values()) {
      Method sink =
          methodAndLambdas.stream().filter(m -> m.sqlSink != null).findFirst().orElse(null);
      if (sink == null) {
        continue;
      }
      // text built in the method may reach SQL in its lambdas; text built in a lambda (a row
      // mapper's labels) reaches SQL only in that lambda
      for (Method builder : methodAndLambdas) {
        if (builder.textBuilder != null && (!builder.isLambda() || builder.sqlSink != null)) {
          Method reported = builder.sqlSink != null ? builder : sink;
          events.add(
              SimpleConditionEvent.satisfied(
                  type,
                  String.format(
                      "%s.%s builds text (%s, line %d) and passes SQL to %s (line %d)",
                      type.getName(),
                      builder.declaredIn,
                      builder.textBuilder,
                      builder.textLine,
                      reported.sqlSink,
                      reported.sinkLine)));
          break;
        }
      }
    }
  }

  /**
   * A method of the class that takes text and passes SQL text on ({@code private List<X>
   * query(String sql)}) is itself a sink for the class's other methods.
   */
  private static void passOnSinks(Map<String, Method> methods) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Method method : methods.values()) {
        if (method.sqlSink != null) {
          continue;
        }
        for (Map.Entry<String, Integer> call : method.textCalls.entrySet()) {
          Method callee = methods.get(call.getKey());
          if (callee != null && callee.sqlSink != null && callee.takesText) {
            method.sqlSink = "this." + callee.name + " (which passes it to " + callee.sqlSink + ")";
            method.sinkLine = call.getValue();
            changed = true;
            break;
          }
        }
      }
    }
  }

  /** The methods of a class by name (overloads together). */
  private static Map<String, Method> read(JavaClass type) {
    Source source =
        type.getSource().orElseThrow(() -> new IllegalStateException("no class file: " + type));
    Map<String, Method> methods = new TreeMap<>();
    try (InputStream in = source.getUri().toURL().openStream()) {
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] ex) {
                  Method method = methods.computeIfAbsent(name, Method::new);
                  method.takesText |= takesText(descriptor);
                  return new MethodScan(method, type.getName().replace('.', '/'));
                }
              },
              ClassReader.SKIP_FRAMES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return methods;
  }

  private static boolean takesText(String descriptor) {
    return descriptor.substring(0, descriptor.indexOf(')')).contains("Ljava/lang/String;");
  }

  /** {@code lambda$search$3} belongs to {@code search}. */
  private static String owner(String name) {
    if (name.startsWith("lambda$")) {
      int end = name.indexOf('$', "lambda$".length());
      return end < 0 ? name : name.substring("lambda$".length(), end);
    }
    return name;
  }

  private static final class Method {
    final String name;
    final String declaredIn;
    final Map<String, Integer> textCalls = new TreeMap<>();
    boolean takesText;
    String sqlSink;
    int sinkLine;
    String textBuilder;
    int textLine;

    Method(String name) {
      this.name = name;
      this.declaredIn = owner(name);
    }

    boolean isLambda() {
      return !name.equals(declaredIn);
    }
  }

  private static final class MethodScan extends MethodVisitor {
    private final Method method;
    private final String type;
    private int line;

    MethodScan(Method method, String type) {
      super(Opcodes.ASM9);
      this.method = method;
      this.type = type;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
      this.line = line;
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      String call = owner + "." + name;
      // Where.and(QueryPart) takes no text: only the calls with a String argument are sinks
      if (SINKS.contains(call) && takesText(descriptor)) {
        sink(call);
      }
      if (owner.equals(type) && takesText(descriptor)) {
        method.textCalls.putIfAbsent(name, line);
      }
      for (String builder : TEXT_BUILDERS) {
        if (call.startsWith(builder)) {
          text(call);
        }
      }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      if (opcode == Opcodes.NEW
          && (type.equals("java/lang/StringBuilder")
              || type.equals("java/lang/StringBuffer")
              || type.equals("java/util/StringJoiner"))) {
        text("new " + type);
      }
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      if (bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
        text("string concatenation");
      }
    }

    private void sink(String call) {
      if (method.sqlSink == null) {
        method.sqlSink = call;
        method.sinkLine = line;
      }
    }

    private void text(String what) {
      if (method.textBuilder == null) {
        method.textBuilder = what;
        method.textLine = line;
      }
    }
  }
}
