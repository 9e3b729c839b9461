package pyvm.course;

/** A command line pyvm cannot act on: printed with the usage hint, exit status 2 as python's. */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
