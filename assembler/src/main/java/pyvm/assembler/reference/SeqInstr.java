package pyvm.assembler.reference;

import pyvm.cfg.Opcode;
import pyvm.lexer.Location;

/**
 * One instruction of the flat sequence the assembler encodes: after layout, a jump's target is an
 * instruction index, then an offset. Mirrors _PyInstruction of
 * Include/internal/pycore_instruction_sequence.h with its _PyExceptHandlerInfo.
 */
final class SeqInstr {

    Opcode opcode;
    int oparg;
    final Location location;
    /** i_target: the index of the instruction a jump goes to; -1 for others. */
    int target;
    /** i_offset: where the instruction starts, in code units. */
    int offset;
    /** h_label: the index of the handler's first instruction, or -1 outside any handler. */
    final int handler;
    /** h_startdepth: the stack depth the handler starts at. */
    final int handlerDepth;
    /** h_preserve_lasti: the handler also gets the raising instruction's offset. */
    final boolean handlerLasti;

    SeqInstr(Opcode opcode, int oparg, Location location, int target, int handler, int handlerDepth, boolean handlerLasti) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.location = location;
        this.target = target;
        this.handler = handler;
        this.handlerDepth = handlerDepth;
        this.handlerLasti = handlerLasti;
    }

    /** instr_size: code units, EXTENDED_ARG prefixes and inline caches included (_PyCompile_InstrSize). */
    int size() {
        int extendedArgs = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extendedArgs + 1 + opcode.cacheEntries();
    }
}
