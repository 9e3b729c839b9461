package pyvm.course;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one place where implementations are found and chosen: ServiceLoader finds every module on the
 * module path that provides a stage's service, and each stage gets the one whose name was asked for
 * ({@code reference} unless {@code --use STAGE=NAME} or {@code -Dpyvm.use.STAGE=NAME} says otherwise).
 * Like JUnit's EngineIdValidator it fails fast: two implementations with one name, or a name that
 * does not exist, is an error that lists the names there are.
 */
public final class Stages {

    /** The implementation every stage uses unless told otherwise. */
    public static final String DEFAULT = "reference";

    private final Map<Stage, Object> chosen;

    private Stages(Map<Stage, Object> chosen) {
        this.chosen = chosen;
    }

    /**
     * Chooses one implementation per stage.
     *
     * @param wanted names asked for on the command line; stages not in it fall back to the system
     *               property {@code pyvm.use.STAGE}, then to {@value #DEFAULT}
     */
    public static Stages choose(Map<Stage, String> wanted) {
        Map<Stage, Object> chosen = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String name = wanted.getOrDefault(stage, System.getProperty("pyvm.use." + stage.key(), DEFAULT));
            Map<String, Object> found = available(stage);
            if (!found.containsKey(name))
                throw new UsageError("no " + stage.key() + " named '" + name + "'; have " + found.keySet());
            chosen.put(stage, found.get(name));
        }
        return new Stages(chosen);
    }

    /** {@return every implementation of the stage on the module path, by name} */
    public static Map<String, Object> available(Stage stage) {
        Map<String, Object> byName = new TreeMap<>();
        for (Object s : ServiceLoader.load(ExtraModules.layer(), stage.service())) {
            String name = stage.nameOf(s);
            if (byName.putIfAbsent(name, s) != null)
                throw new IllegalStateException("two implementations of the " + stage.key() + " stage are named " + name);
        }
        return byName;
    }

    /** {@return the implementation chosen for a stage} */
    public <S> S get(Stage stage, Class<S> service) {
        return service.cast(chosen.get(stage));
    }

    /** {@return the name of the implementation chosen for a stage} */
    public String nameOf(Stage stage) {
        return stage.nameOf(chosen.get(stage));
    }

    /** {@return "lexer=reference parser=reference ..." for the chosen set} */
    @Override
    public String toString() {
        return String.join(" ", List.of(Stage.values()).stream().map(s -> s.key() + "=" + nameOf(s)).toList());
    }
}
