# Lone surrogates: folding, indexing, repetition and set order must treat them as code points.
pair = '\ud800\udc00'
astral = '\U00010000'
folded = '\ud800' + '\udc00'
repeated = '\udbff\udfff' * 3
second = '\ud800\udc00'[1]
members = pair in {'\ud800\udc00', '\U00010000', 'a', '\udc00'}
lengths = (len(pair), len(astral))
