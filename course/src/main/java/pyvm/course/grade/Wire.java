package pyvm.course.grade;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import pyvm.course.Result;
import pyvm.course.Source;
import pyvm.course.View;

/**
 * How the grader and its worker JVM talk over the worker's standard input and output: a case goes in,
 * its outcome comes back. Every string and byte array is a length, then its bytes.
 */
final class Wire {

    private Wire() {}

    static void writeCase(DataOutputStream out, Case c) throws IOException {
        writeString(out, c.name());
        out.writeInt(c.category().ordinal());
        out.writeInt(c.view().ordinal());
        out.writeBoolean(c.exact());
        out.writeBoolean(c.visible());
        writeString(out, c.source().filename());
        writeBytes(out, c.source().bytes());
        writeString(out, c.folder().toString());
        out.writeBoolean(c.expected() != null);
        if (c.expected() != null) {
            out.writeInt(c.expected().status());
            writeBytes(out, c.expected().out());
            writeBytes(out, c.expected().err());
        }
        out.flush();
    }

    static Case readCase(DataInputStream in) throws IOException {
        String name = readString(in);
        Category category = Category.values()[in.readInt()];
        View view = View.values()[in.readInt()];
        boolean exact = in.readBoolean(), visible = in.readBoolean();
        Source source = new Source(readString(in), readBytes(in));
        Path folder = Path.of(readString(in));
        Result expected = in.readBoolean() ? new Result(in.readInt(), readBytes(in), readBytes(in)) : null;
        return new Case(name, category, view, source, folder, expected, exact, visible);
    }

    static void writeOutcome(DataOutputStream out, Outcome o) throws IOException {
        out.writeBoolean(o.passed());
        writeString(out, o.feedback());
        out.flush();
    }

    static Outcome readOutcome(DataInputStream in) throws IOException {
        return new Outcome(in.readBoolean(), readString(in));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }
}
