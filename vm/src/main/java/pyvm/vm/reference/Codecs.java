package pyvm.vm.reference;

/**
 * The errors of text encoding and decoding, as Python/codecs.c and Objects/exceptions.c build them:
 * {@code UnicodeEncodeError('utf-8', text, start, end, reason)}, which prints as
 * {@code 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed}.
 */
final class Codecs {

    private Codecs() {}

    /** {@return a UnicodeEncodeError for the code points {@code [start, end)} of {@code text}} */
    static PyBaseException encodeError(String encoding, String text, int start, int end, String reason) {
        return PyErr.newException(PyExc.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(text),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }
}
