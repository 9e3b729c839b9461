package pyvm.cfg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Cleaning a docstring is idempotent, leaves no tab, and keeps the number of lines; the golden
 * snippets check the result against CPython's.
 */
class DocstringsProperties {

    @Property
    void cleaningTwiceIsCleaningOnce(@ForAll("docstrings") String doc) {
        String once = Docstrings.clean(doc);
        assertEquals(once, Docstrings.clean(once));
        assertFalse(once.contains("\t"));
        assertEquals(doc.split("\n", -1).length, once.split("\n", -1).length);
    }

    @Provide
    Arbitrary<String> docstrings() {
        return Arbitraries.strings().withChars(' ', ' ', '\t', '\n', 'a', 'b', 'x').ofMaxLength(60);
    }
}
