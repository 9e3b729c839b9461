package pyvm.assembler.reference;

import java.io.ByteArrayOutputStream;
import java.util.List;
import pyvm.cfg.Opcode;

/**
 * co_code: each instruction as 2-byte code units, opcode then argument byte, with EXTENDED_ARG
 * prefixes for the higher bytes of a large argument and zeroed CACHE units after it for the
 * specializing interpreter. Mirrors write_instr of Python/assemble.c.
 */
final class Bytecode {

    private Bytecode() {}

    static byte[] emit(List<SeqInstr> seq) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SeqInstr instr : seq) {
            int oparg = instr.oparg;
            int caches = instr.opcode.cacheEntries();
            int units = instr.size() - caches;
            for (int shift = 8 * (units - 1); shift > 0; shift -= 8) {
                out.write(Opcode.EXTENDED_ARG.number());
                out.write((oparg >> shift) & 0xFF);
            }
            out.write(instr.opcode.number());
            out.write(oparg & 0xFF);
            for (int i = 0; i < caches; i++) {
                out.write(Opcode.CACHE.number());
                out.write(0);
            }
        }
        return out.toByteArray();
    }
}
