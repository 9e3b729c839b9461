/**
 * The reference parser, {@link pyvm.parser.reference.ReferenceParser}: a hand-written PEG parser for
 * CPython 3.13's Grammar/python.gram, one static method per grammar rule, in classes by part of the
 * grammar. Not exported: course reaches it through the {@link pyvm.parser.Parser} service only.
 */
package pyvm.parser.reference;
