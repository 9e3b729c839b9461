package pyvm.course;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one place where implementations are found and chosen: ServiceLoader finds every module that
 * provides a stage's service (on the module path, or in the {@link ExtraModules} layer), and each stage
 * gets the one whose name was asked for ({@code reference} unless {@code --use STAGE=NAME} or
 * {@code -Dpyvm.use.STAGE=NAME} says otherwise). Like JUnit's EngineIdValidator it fails fast: two
 * implementations with one name, or a name that does not exist, is an error that lists the names.
 */
public final class Stages {

    /** The implementation every stage uses unless told otherwise. */
    public static final String DEFAULT = "reference";

    private final Map<Stage, ServiceLoader.Provider<?>> providers;
    private final Map<Stage, Object> instances = new EnumMap<>(Stage.class);

    private Stages(Map<Stage, ServiceLoader.Provider<?>> providers) {
        this.providers = providers;
    }

    /**
     * Chooses one implementation per stage.
     *
     * @param wanted names asked for on the command line; stages not in it fall back to the system
     *               property {@code pyvm.use.STAGE}, then to {@value #DEFAULT}
     * @throws UsageError for a name no implementation has
     */
    public static Stages choose(Map<Stage, String> wanted) {
        Map<Stage, ServiceLoader.Provider<?>> chosen = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String name = wanted.getOrDefault(stage, System.getProperty("pyvm.use." + stage.key(), DEFAULT));
            Map<String, ServiceLoader.Provider<?>> found = providers(stage);
            if (!found.containsKey(name))
                throw new UsageError("no " + stage.key() + " named '" + name + "'; have " + found.keySet());
            chosen.put(stage, found.get(name));
        }
        return new Stages(chosen);
    }

    /** {@return the names of every implementation of the stage that can be chosen} */
    public static List<String> available(Stage stage) {
        return List.copyOf(providers(stage).keySet());
    }

    private static Map<String, ServiceLoader.Provider<?>> providers(Stage stage) {
        Map<String, ServiceLoader.Provider<?>> byName = new TreeMap<>();
        ServiceLoader.load(ExtraModules.layer(), stage.service()).stream().forEach(provider -> {
            String name = stage.nameOf(provider.get());
            if (byName.putIfAbsent(name, provider) != null)
                throw new IllegalStateException("two implementations of the " + stage.key() + " stage are named " + name);
        });
        return byName;
    }

    /** {@return the implementation chosen for a stage; one instance serves every use} */
    public synchronized <S> S get(Stage stage, Class<S> service) {
        return service.cast(instances.computeIfAbsent(stage, s -> providers.get(s).get()));
    }

    /** {@return a new instance of the implementation chosen for a stage, for state that one run owns} */
    public <S> S fresh(Stage stage, Class<S> service) {
        return service.cast(providers.get(stage).get());
    }

    /** {@return the name of the implementation chosen for a stage} */
    public String nameOf(Stage stage) {
        return stage.nameOf(get(stage, stage.service()));
    }

    /** {@return "lexer=reference parser=reference ..." for the chosen set} */
    @Override
    public String toString() {
        return String.join(" ", List.of(Stage.values()).stream().map(s -> s.key() + "=" + nameOf(s)).toList());
    }
}
