package pyvm.lexer.reference;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Python's codec registry, as far as an encoding declaration needs it: {@code codecs.lookup(name)}
 * through {@code encodings.search_function} (Lib/encodings/__init__.py), answered with the JDK
 * charset that decodes the same way.
 *
 * <p>The table lists, for each text codec of Lib/encodings that the JDK also has, its module name,
 * the JDK charset, and its aliases from Lib/encodings/aliases.py. A departure: the codecs the JDK
 * lacks (cp720, cp1006, cp1125, hz, the JIS X 0213 family, iso8859_10 and _14, koi8_t, kz1048,
 * ptcp154, mac_farsi, utf_7, ...) and Python's non-text codecs (rot_13, base64_codec, ...) are
 * reported as unknown encodings. And where the JDK's table differs from Python's, the JDK's decides:
 * a few code points of the EBCDIC, Mac and TIS-620 codecs, and how many U+FFFD replace a bad
 * sequence in the multi-byte East Asian codecs. The codecs source files use (UTF-8, Latin-1, the
 * Windows, ISO 8859 and KOI8 code pages, the DOS code pages) decode exactly as in Python.
 */
final class Codecs {

    private Codecs() {}

    /** Each row: Python's codec module, the JDK charset, then the module's aliases. */
    private static final String[] TABLE = {
            "ascii US-ASCII 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
            "big5 Big5 big5_tw csbig5 x_mac_trad_chinese",
            "big5hkscs Big5-HKSCS big5_hkscs hkscs",
            "cp037 IBM037 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
            "cp1026 IBM1026 1026 csibm1026 ibm1026",
            "cp1140 IBM01140 1140 ibm1140",
            "cp1250 windows-1250 1250 windows_1250",
            "cp1251 windows-1251 1251 windows_1251",
            "cp1252 windows-1252 1252 windows_1252",
            "cp1253 windows-1253 1253 windows_1253",
            "cp1254 windows-1254 1254 windows_1254",
            "cp1255 windows-1255 1255 windows_1255",
            "cp1256 windows-1256 1256 windows_1256",
            "cp1257 windows-1257 1257 windows_1257",
            "cp1258 windows-1258 1258 windows_1258",
            "cp273 IBM273 273 csibm273 ibm273",
            "cp424 IBM424 424 csibm424 ebcdic_cp_he ibm424",
            "cp437 IBM437 437 cspc8codepage437 ibm437",
            "cp500 IBM500 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500",
            "cp737 x-IBM737",
            "cp775 IBM775 775 cspc775baltic ibm775",
            "cp850 IBM850 850 cspc850multilingual ibm850",
            "cp852 IBM852 852 cspcp852 ibm852",
            "cp855 IBM855 855 csibm855 ibm855",
            "cp856 x-IBM856",
            "cp857 IBM857 857 csibm857 ibm857",
            "cp858 IBM00858 858 csibm858 ibm858",
            "cp860 IBM860 860 csibm860 ibm860",
            "cp861 IBM861 861 cp_is csibm861 ibm861",
            "cp862 IBM862 862 cspc862latinhebrew ibm862",
            "cp863 IBM863 863 csibm863 ibm863",
            "cp864 IBM864 864 csibm864 ibm864",
            "cp865 IBM865 865 csibm865 ibm865",
            "cp866 IBM866 866 csibm866 ibm866",
            "cp869 IBM869 869 cp_gr csibm869 ibm869",
            "cp874 x-windows-874",
            "cp875 x-IBM875",
            "cp932 windows-31j 932 ms932 ms_kanji mskanji windows_31j",
            "cp949 x-windows-949 949 ms949 uhc",
            "cp950 x-windows-950 950 ms950",
            "euc_jp EUC-JP eucjp u_jis ujis",
            "euc_kr EUC-KR euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean",
            "gb18030 GB18030 gb18030_2000",
            "gb2312 GB2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese",
            "gbk GBK 936 cp936 ms936",
            "iso2022_jp ISO-2022-JP csiso2022jp iso2022jp iso_2022_jp",
            "iso2022_jp_2 ISO-2022-JP-2 iso2022jp_2 iso_2022_jp_2",
            "iso2022_kr ISO-2022-KR csiso2022kr iso2022kr iso_2022_kr",
            "iso8859_2 ISO-8859-2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
            "iso8859_3 ISO-8859-3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
            "iso8859_4 ISO-8859-4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
            "iso8859_5 ISO-8859-5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
            "iso8859_6 ISO-8859-6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
            "iso8859_7 ISO-8859-7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
            "iso8859_8 ISO-8859-8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
            "iso8859_9 ISO-8859-9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
            "iso8859_11 x-iso-8859-11 iso_8859_11 iso_8859_11_2001 thai",
            "iso8859_13 ISO-8859-13 iso_8859_13 l7 latin7",
            "iso8859_15 ISO-8859-15 iso_8859_15 l9 latin9",
            "iso8859_16 ISO-8859-16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
            "johab x-Johab cp1361 ms1361",
            "koi8_r KOI8-R cskoi8r",
            "koi8_u KOI8-U",
            "latin_1 ISO-8859-1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1",
            "mac_arabic x-MacArabic",
            "mac_croatian x-MacCroatian",
            "mac_cyrillic x-MacCyrillic maccyrillic",
            "mac_greek x-MacGreek macgreek",
            "mac_iceland x-MacIceland maciceland",
            "mac_latin2 x-MacCentralEurope mac_centeuro maccentraleurope maclatin2",
            "mac_roman x-MacRoman macintosh macroman",
            "mac_romanian x-MacRomania",
            "mac_turkish x-MacTurkish macturkish",
            "shift_jis Shift_JIS csshiftjis s_jis shiftjis sjis x_mac_japanese",
            "tis_620 TIS-620 iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1",
            "utf_16 UTF-16 u16 utf16",
            "utf_16_be UTF-16BE unicodebigunmarked utf_16be",
            "utf_16_le UTF-16LE unicodelittleunmarked utf_16le",
            "utf_32 UTF-32 u32 utf32",
            "utf_32_be UTF-32BE utf_32be",
            "utf_32_le UTF-32LE utf_32le",
            "utf_8 UTF-8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4",
            "utf_8_sig UTF-8",
    };

    /** Python's module names and aliases, each to its module name. */
    private static final Map<String, String> MODULES = new HashMap<>();
    /** Python's module names, each to its JDK charset name. */
    private static final Map<String, String> CHARSETS = new HashMap<>();

    static {
        for (String row : TABLE) {
            String[] names = row.split(" ");
            CHARSETS.put(names[0], names[1]);
            for (int i = 0; i < names.length; i++) if (i != 1) MODULES.put(names[i], names[0]);
        }
    }

    /**
     * The codecs of Lib/encodings that are no text encodings (bytes to bytes, or str to str), with
     * their aliases: {@code codecs.lookup} finds them, the decoding of source refuses them.
     */
    private static final Set<String> NOT_TEXT = Set.of("base64_codec", "base64", "base_64", "bz2_codec", "bz2",
            "hex_codec", "hex", "quopri_codec", "quopri", "quoted_printable", "quotedprintable", "rot_13", "rot13",
            "uu_codec", "uu", "zlib_codec", "zip", "zlib");

    /** The multi-byte codecs of Modules/cjkcodecs, whose errors name the codec by its module. */
    private static final Set<String> MULTIBYTE = Set.of("big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jp",
            "euc_kr", "gb18030", "gb2312", "gbk", "iso2022_jp", "iso2022_jp_2", "iso2022_kr", "johab", "shift_jis");

    /**
     * {@return the charset Python's {@code codecs.lookup(name)} would decode with, or empty where
     * Python raises LookupError}
     */
    static Optional<Charset> lookup(String name) {
        String module = module(name);
        String javaName = module == null ? null : CHARSETS.get(module);
        if (javaName == null || !Charset.isSupported(javaName)) return Optional.empty();
        return Optional.of(Charset.forName(javaName));
    }

    /** {@return whether Python finds the codec but it is no text encoding, as {@code rot13}} */
    static boolean isNotText(String name) {
        return find(name, alias -> NOT_TEXT.contains(alias) ? alias : null) != null;
    }

    /**
     * {@return the message of the UnicodeDecodeError that {@code bytes.decode(name)} raises, or null
     * when the codec decodes them} The codec must be one {@link #lookup} finds. The error names the
     * codec as Python's does: {@code 'ascii'}, {@code 'utf-8'}, a multi-byte codec by its module,
     * and every table-driven one {@code 'charmap'}, as Lib/encodings' generated codecs decode
     * through {@code codecs.charmap_decode}. A departure: the UTF-16 and UTF-32 codecs, which hardly
     * any source is in (compile() refuses the NUL bytes most of their text has), report their
     * errors here as the charmap codecs do.
     */
    static String decodeError(String name, byte[] bytes) {
        String module = module(name);
        if (module.equals("utf_8") || module.equals("utf_8_sig")) return Utf8Replace.decodeError(bytes, 0, bytes.length);
        CharsetDecoder decoder = lookup(name).orElseThrow(IllegalStateException::new).newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate((int) (bytes.length * decoder.maxCharsPerByte()) + 1), true);
        if (!result.isError()) return null;
        int start = in.position();
        int end = start + result.length();
        if (module.equals("ascii")) return Messages.cantDecode("ascii", bytes, start, end, start, Messages.ORDINAL_NOT_IN_RANGE);
        // To Modules/cjkcodecs an illegal sequence is one byte. Source text ends in a newline,
        // which takes no sequence in, so none is ever incomplete.
        if (MULTIBYTE.contains(module))
            return Messages.cantDecode(module, bytes, start, start + 1, start, Messages.ILLEGAL_MULTIBYTE_SEQUENCE);
        return Messages.cantDecode("charmap", bytes, start, end, start, Messages.CHARACTER_MAPS_TO_UNDEFINED);
    }

    /** {@return Python's module for the codec {@code name}, or null} */
    private static String module(String name) {
        return find(name, MODULES::get);
    }

    /**
     * {@return what {@code table} has for the codec {@code name}, or null} The name is lower-cased,
     * then normalized as {@code encodings.normalize_encoding} does; the alias is tried as it is and
     * with its dots made underscores, as {@code search_function} does.
     */
    private static <T> T find(String name, Function<String, T> table) {
        String normalized = normalizeEncoding(name.toLowerCase(Locale.ROOT));
        T found = table.apply(normalized);
        return found != null ? found : table.apply(normalized.replace('.', '_'));
    }

    /**
     * Lib/encodings/__init__.py's {@code normalize_encoding}: every run of characters other than
     * ASCII letters, digits and dots becomes one underscore, except at the start; non-ASCII
     * alphanumerics are dropped.
     */
    private static String normalizeEncoding(String encoding) {
        StringBuilder out = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); ) {
            int c = encoding.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && !out.isEmpty()) out.append('_');
                if (c < 0x80) out.append((char) c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return out.toString();
    }
}
