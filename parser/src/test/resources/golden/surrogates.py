# Lone surrogates next to each other stay two code points; only a real astral escape is one.
pair = '\ud800\udc00'
astral = '\U00010000'
joined = '\ud800' '\udc00'
fstring = f'\ud834\udd1e{pair}\ud834' '\udd1e'
named = '\N{GRINNING FACE}\ud83d\ude00'
octal_and_hex = '\x00\777\ud7ff\ue000'
