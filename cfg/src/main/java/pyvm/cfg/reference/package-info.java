/**
 * The reference implementation of the cfg stage, read in class: start at
 * {@link pyvm.cfg.reference.ReferenceCodegen}, whose Javadoc is a tour of the package.
 */
package pyvm.cfg.reference;
