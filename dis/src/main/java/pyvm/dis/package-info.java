/**
 * The dis stage's contract: the {@link pyvm.dis.Disassembler} service, which turns a code object into
 * the listing {@code python3.13 -m dis} prints (CPython: Lib/dis.py). The listing is the data of this
 * stage, so it is fixed to the byte by CPython; implementations differ only in how they get there.
 */
package pyvm.dis;
