package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pyvm.course.grade.ProgramGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every combination of the stage implementations on the module path must give the same end result
 * as the all-reference pipeline: the same output, the same errors, the same exit status. With the
 * example lexer that is two pipelines today; each student module added to the path multiplies them.
 */
class StageCombinationsTest {

    private static final List<Pipeline> COMBINATIONS = combinations();
    private static final java.nio.file.Path HERE = java.nio.file.Path.of("").toAbsolutePath();
    private static final Pipeline REFERENCE = new Pipeline(Stages.choose(Map.of()));

    @Property(tries = 60)
    void everyCombinationRunsAProgramAsTheReferencePipelineDoes(@ForAll("programs") String program) {
        Source source = new Source("generated.py", program.getBytes(StandardCharsets.UTF_8));
        Result expected = View.RUN.capture(source, HERE, REFERENCE);
        for (Pipeline pipeline : COMBINATIONS) {
            Result actual = View.RUN.capture(source, HERE, pipeline);
            assertEquals("", expected.mismatch(actual), pipeline.stages() + " differs on\n" + program);
        }
    }

    @Property(tries = 1)
    void thereIsMoreThanOneCombination() {
        assertEquals(true, COMBINATIONS.size() > 1, "combinations: " + COMBINATIONS.size());
    }

    @Provide
    Arbitrary<String> programs() {
        return Arbitraries.randomValue(random -> new ProgramGenerator(random).program());
    }

    /** The product, over the stages, of the implementations each has. */
    private static List<Pipeline> combinations() {
        List<Map<Stage, String>> choices = new ArrayList<>(List.of(new EnumMap<>(Stage.class)));
        for (Stage stage : Stage.values()) {
            List<Map<Stage, String>> extended = new ArrayList<>();
            for (Map<Stage, String> partial : choices)
                for (String name : Stages.available(stage)) {
                    Map<Stage, String> next = new EnumMap<>(Stage.class);
                    next.putAll(partial);
                    next.put(stage, name);
                    extended.add(next);
                }
            choices = extended;
        }
        return choices.stream().map(c -> new Pipeline(Stages.choose(c))).toList();
    }
}
