package pyvm.course.grade;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pyvm.course.Stage;
import pyvm.course.UsageError;

/**
 * {@code pyvm new STAGE NAME [DIR]}: a Maven module of the student's own, ready to build and grade.
 * Its descriptor requires the stage and provides the stage's service; its implementation compiles and
 * names itself NAME, every method a stub that says it is not written yet (written from the service
 * interface itself, so every stage gets one without a template of its own); its one test runs the
 * grading suite. The student never edits pyvm.
 */
public final class Starter {

    private Starter() {}

    /** Writes the starter module into {@code dir}; {@return the files written} */
    public static java.util.List<Path> write(Stage stage, String name, Path dir, Path home) throws IOException {
        if (!name.matches("[a-z][a-z0-9_]*"))
            throw new UsageError("NAME must be lower-case letters, digits and _, starting with a letter: " + name);
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent())
            throw new UsageError(dir + " exists and is not empty");
        String pkg = name + "." + stage.key();
        String type = capitalize(name) + stage.service().getSimpleName();
        Map<String, String> files = Map.of(
                "pom.xml", pom(stage, name, home),
                "src/main/java/module-info.java", moduleInfo(stage, pkg, type),
                "src/main/java/" + pkg.replace('.', '/') + "/" + type + ".java", implementation(stage, name, pkg, type),
                "src/test/java/" + pkg.replace('.', '/') + "/GradingTest.java", gradingTest(stage, name, pkg),
                ".gitignore", "target/\n",
                "README.md", handout(stage, home));
        java.util.List<Path> written = new java.util.ArrayList<>();
        for (var f : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
            written.add(file);
        }
        return written;
    }

    private static String pom(Stage stage, String name, Path home) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- %1$s's implementation of pyvm's %2$s stage. `mvn test` grades it with pyvm's suite. -->
                  <groupId>student</groupId>
                  <artifactId>%1$s-%2$s</artifactId>
                  <version>1.0-SNAPSHOT</version>

                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <pyvm.version>0.1.0-SNAPSHOT</pyvm.version>
                    <!-- The pyvm checkout whose golden cases grade this module. -->
                    <pyvm.home>%3$s</pyvm.home>
                  </properties>

                  <dependencies>
                    <dependency><groupId>pyvm</groupId><artifactId>%2$s</artifactId><version>${pyvm.version}</version></dependency>
                    <dependency><groupId>pyvm</groupId><artifactId>course</artifactId><version>${pyvm.version}</version><scope>test</scope></dependency>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.11.4</version><scope>test</scope></dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.3</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version>
                        <configuration>
                          <!-- The grader runs this module in JVMs of its own, on a module path; the test itself needs none. -->
                          <useModulePath>false</useModulePath>
                          <trimStackTrace>true</trimStackTrace>
                          <systemPropertyVariables><pyvm.home>${pyvm.home}</pyvm.home></systemPropertyVariables>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(name, stage.key(), home.toAbsolutePath());
    }

    private static String moduleInfo(Stage stage, String pkg, String type) {
        String module = stage.service().getModule().getName();
        return """
                /** %s's %s stage, graded by pyvm's suite. */
                module %s {
                    requires %s;
                    provides %s with %s.%s;
                }
                """.formatted(pkg.substring(0, pkg.indexOf('.')), stage.key(), pkg, module, stage.service().getName(), pkg, type);
    }

    /** A class implementing the service: {@code name()} answers NAME, every other method is a stub. */
    private static String implementation(Stage stage, String name, String pkg, String type) {
        String stubs = Arrays.stream(stage.service().getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && !m.getName().equals("name"))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> stub(m, type)).collect(Collectors.joining("\n"));
        return """
                package %1$s;

                /** My implementation of pyvm's %2$s stage (%3$s). */
                public final class %4$s implements %3$s {

                    /** The name pyvm selects this implementation by: {@code --use %2$s=%5$s}. */
                    public static final String NAME = "%5$s";

                    @Override
                    public String name() {
                        return NAME;
                    }

                %6$s}
                """.formatted(pkg, stage.key(), stage.service().getName(), type, name, stubs);
    }

    private static String stub(Method m, String type) {
        String params = Arrays.stream(m.getParameters()).map(p -> typeName(p.getParameterizedType()) + " " + parameterName(p))
                .collect(Collectors.joining(", "));
        return """
                    @Override
                    public %s %s(%s) {
                        throw new UnsupportedOperationException("%s.%s is not written yet");
                    }
                """.formatted(typeName(m.getGenericReturnType()), m.getName(), params, type, m.getName());
    }

    private static String parameterName(Parameter p) {
        return p.isNamePresent() ? p.getName() : p.getName().replace("arg", "argument");
    }

    private static String typeName(Type t) {
        if (t instanceof Class<?> c) return c.getPackageName().equals("java.lang") ? c.getSimpleName() : c.getCanonicalName();
        if (t instanceof ParameterizedType p)
            return typeName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(Starter::typeName)
                    .collect(Collectors.joining(", ", "<", ">"));
        return t.getTypeName();
    }

    private static String gradingTest(Stage stage, String name, String pkg) {
        return """
                package %1$s;

                import java.nio.file.Path;
                import java.util.List;
                import java.util.stream.Stream;
                import org.junit.jupiter.api.Assertions;
                import org.junit.jupiter.api.DynamicTest;
                import org.junit.jupiter.api.TestFactory;
                import pyvm.course.Stage;
                import pyvm.course.grade.Grading;
                import pyvm.course.grade.Report;

                /** Grades this module's %2$s with pyvm's suite: one test per case, and the points at the end. */
                class GradingTest {

                    @TestFactory
                    Stream<DynamicTest> grade() throws Exception {
                        Report report = Grading.of(Stage.of("%2$s"), "%3$s", List.of(Path.of("target", "classes"))).run();
                        System.out.println(report.table());
                        return report.entries().stream().map(e -> DynamicTest.dynamicTest(
                                e.c().category().title() + ": " + (e.c().visible() ? e.c().name() : "hidden"),
                                () -> Assertions.assertTrue(e.outcome().passed(),
                                        e.c().visible() ? e.outcome().feedback() : "a hidden case failed")));
                    }
                }
                """.formatted(pkg, stage.key(), name);
    }

    private static String handout(Stage stage, Path home) throws IOException {
        Path handout = home.resolve("course/assignments/" + stage.key() + ".md");
        return Files.exists(handout) ? Files.readString(handout)
                : "# The " + stage.key() + " stage\n\nSee pyvm's README.md, \"Swapping a stage\".\n";
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
