/**
 * The reference implementation of the assembler stage, read in class: start at
 * {@link pyvm.assembler.reference.ReferenceAssembler}, whose Javadoc is a tour of the package.
 */
package pyvm.assembler.reference;
