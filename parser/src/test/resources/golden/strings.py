"a"
'b'
"""triple
quoted"""
'''also
triple'''
"esc\n\t\r\\'\"\a\b\f\v\0\7\77\101\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}"
r"raw\n\d"
R'raw'
u"unicode kind"
U"upper u"
"unknown \d escape"
"line \
continuation"
"é ü ö 日本"
"a" "b" 'c'
u"a" "b"
"a" u"b"
