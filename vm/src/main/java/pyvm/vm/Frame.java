package pyvm.vm;

import java.util.List;
import java.util.Map;
import pyvm.assembler.CodeObject;

/**
 * A running frame as an {@link Observer} sees it: what Python's frame object offers
 * ({@code f_code}, {@code f_lasti}, {@code f_lineno}, {@code f_locals}, {@code f_back}) and the value
 * stack, which CPython keeps in its {@code _PyInterpreterFrame}. A live view: it is valid only
 * during the observer's call.
 */
public interface Frame {

    /** {@return the code object being run} */
    CodeObject code();

    /** {@return the byte offset in {@code co_code} of the instruction being run, {@code f_lasti}} */
    int lasti();

    /** {@return the source line of that instruction, {@code f_lineno}; -1 for an instruction with none} */
    int lineno();

    /** {@return the value stack, bottom first; null where the stack holds a NULL (as PUSH_NULL pushes)} */
    List<Value> stack();

    /** {@return the frame's variables by name, {@code f_locals}: the bound ones only} */
    Map<String, Value> locals();

    /** {@return the calling frame, {@code f_back}; null for the outermost frame} */
    Frame back();
}
