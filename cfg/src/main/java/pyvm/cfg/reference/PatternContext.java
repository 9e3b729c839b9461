package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Label;

/**
 * The state of compiling one case's pattern: pattern_context of Python/compile.c.
 */
final class PatternContext {
    /** stores: the names captured so far, in the order they wait on the stack. */
    List<String> stores = new ArrayList<>();
    /** allow_irrefutable: whether a capture or wildcard may match anything here. */
    boolean allowIrrefutable;
    /** fail_pop: label i pops i items and falls through to label i - 1. */
    List<Label> failPop = new ArrayList<>();
    /** on_top: how many items above the captures are still in use. */
    int onTop;
}
