package pyvm.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gc contract, checked through the service interface against every implementation named in
 * {@code -Dpyvm.test.gc=NAME,...} (default {@code reference}), on small object graphs whose finalizers
 * record what happened to them.
 */
class GarbageCollectorTest {

    /** A Python object reduced to what the collector sees; its finalizer logs and may resurrect it. */
    static class Node implements Traversable {
        final String name;
        final List<Node> children = new ArrayList<>();
        final List<String> log;
        Node resurrectInto;
        boolean cleared;

        Node(String name, List<String> log) { this.name = name; this.log = log; }

        @Override public void traverse(Consumer<? super Traversable> visit) { children.forEach(visit); }
        @Override public void callFinalizer() {
            log.add("del " + name);
            if (resurrectInto != null) resurrectInto.children.add(this);
        }
        @Override public void clear() { children.clear(); cleared = true; }
    }

    static Stream<String> implementations() {
        return Stream.of(System.getProperty("pyvm.test.gc", "reference").split(","));
    }

    static GarbageCollector named(String name) {
        GarbageCollectorTest.class.getModule().addUses(GarbageCollector.class);
        return ServiceLoader.load(GarbageCollector.class).stream().map(ServiceLoader.Provider::get)
                .filter(gc -> gc.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no GarbageCollector named " + name));
    }

    @ParameterizedTest @MethodSource("implementations")
    void unreachableCycleIsFinalizedInTrackingOrderAndCleared(String name) {
        GarbageCollector gc = named(name);
        List<String> log = new ArrayList<>();
        Node root = new Node("root", log), a = new Node("a", log), b = new Node("b", log);
        a.children.add(b);
        b.children.add(a);
        gc.track(a);
        gc.track(b);
        assertEquals(2, gc.collect(2, root));
        assertEquals(List.of("del a", "del b"), log);
        assertTrue(a.cleared && b.cleared);
        assertFalse(gc.isTracked(a) || gc.isTracked(b));
    }

    @ParameterizedTest @MethodSource("implementations")
    void objectsTheRootsReachSurvive(String name) {
        GarbageCollector gc = named(name);
        List<String> log = new ArrayList<>();
        Node root = new Node("root", log), a = new Node("a", log), b = new Node("b", log);
        root.children.add(a);
        a.children.add(b);
        gc.track(a);
        gc.track(b);
        assertEquals(0, gc.collect(2, root));
        assertEquals(List.of(), log);
        assertTrue(gc.isTracked(a) && gc.isTracked(b));
    }

    @ParameterizedTest @MethodSource("implementations")
    void resurrectedObjectIsKeptAndNeverFinalizedTwice(String name) {
        GarbageCollector gc = named(name);
        List<String> log = new ArrayList<>();
        Node root = new Node("root", log), phoenix = new Node("phoenix", log);
        phoenix.resurrectInto = root;
        gc.track(phoenix);
        assertEquals(1, gc.collect(2, root));
        assertTrue(gc.isTracked(phoenix));
        assertFalse(phoenix.cleared);
        root.children.clear();
        assertEquals(1, gc.collect(2, root));
        assertEquals(List.of("del phoenix"), log);
        assertTrue(phoenix.cleared);
    }

    @ParameterizedTest @MethodSource("implementations")
    void untrackedObjectsAreLeftAlone(String name) {
        GarbageCollector gc = named(name);
        List<String> log = new ArrayList<>();
        Node a = new Node("a", log);
        gc.track(a);
        gc.untrack(a);
        assertEquals(0, gc.collect(2, new Node("root", log)));
        assertEquals(List.of(), log);
    }

    @ParameterizedTest @MethodSource("implementations")
    void observersHearStartAndStopWithTheCount(String name) {
        GarbageCollector gc = named(name);
        List<String> heard = new ArrayList<>();
        CollectionObserver observer = new CollectionObserver() {
            @Override public void started(int generation) { heard.add("start " + generation); }
            @Override public void finished(int generation, int collected, int uncollectable) {
                heard.add("stop " + generation + " " + collected + " " + uncollectable);
            }
        };
        gc.addObserver(observer);
        gc.track(new Node("garbage", new ArrayList<>()));
        gc.collect(1, new Node("root", new ArrayList<>()));
        gc.removeObserver(observer);
        gc.collect(2, new Node("root", new ArrayList<>()));
        assertEquals(List.of("start 1", "stop 1 1 0"), heard);
    }

    @ParameterizedTest @MethodSource("implementations")
    void aCollectionInsideAFinalizerFindsNothing(String name) {
        GarbageCollector gc = named(name);
        Node root = new Node("root", new ArrayList<>());
        List<Integer> inner = new ArrayList<>();
        gc.track(new Node("first", new ArrayList<>()) {
            @Override public void callFinalizer() { inner.add(gc.collect(2, root)); }
        });
        gc.track(new Node("second", new ArrayList<>()));
        assertEquals(2, gc.collect(2, root));
        assertEquals(List.of(0), inner);
    }

    @ParameterizedTest @MethodSource("implementations")
    void enableAndDisableSetTheFlag(String name) {
        GarbageCollector gc = named(name);
        assertTrue(gc.isEnabled());
        gc.disable();
        assertFalse(gc.isEnabled());
        gc.enable();
        assertTrue(gc.isEnabled());
    }

    @ParameterizedTest @MethodSource("implementations")
    void onlyGenerationsZeroToTwoExist(String name) {
        GarbageCollector gc = named(name);
        Node root = new Node("root", new ArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> gc.collect(3, root));
        assertThrows(IllegalArgumentException.class, () -> gc.collect(-1, root));
    }

    /**
     * On random graphs: exactly the tracked nodes that no path from the root reaches are finalized
     * and cleared, and the rest stay tracked and untouched.
     */
    @Property(tries = 200)
    void collectsExactlyTheUnreachable(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 12) Integer> edges) {
        for (String name : implementations().toList()) {
            GarbageCollector gc = named(name);
            List<String> log = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < 13; i++) nodes.add(new Node("n" + i, log));
            for (int i = 0; i + 1 < edges.size(); i += 2) nodes.get(edges.get(i)).children.add(nodes.get(edges.get(i + 1)));
            nodes.subList(1, 13).forEach(gc::track);
            boolean[] reached = new boolean[13];
            reach(nodes, 0, reached);
            List<String> expectedDead = new ArrayList<>();
            for (int i = 1; i < 13; i++) if (!reached[i]) expectedDead.add("del n" + i);
            assertEquals(expectedDead.size(), gc.collect(2, nodes.get(0)));
            assertEquals(expectedDead, log);
            for (int i = 1; i < 13; i++) {
                assertEquals(!reached[i], nodes.get(i).cleared);
                assertEquals(reached[i], gc.isTracked(nodes.get(i)));
            }
        }
    }

    private static void reach(List<Node> nodes, int i, boolean[] reached) {
        if (reached[i]) return;
        reached[i] = true;
        for (Node child : nodes.get(i).children) reach(nodes, nodes.indexOf(child), reached);
    }
}
