text = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:>8} {'*' * n} ({n})")
lengths = {len(w) for w in counts}
print(sorted(lengths), max(counts, key=counts.get), min(counts.values()))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:6]))
lines = text.splitlines() if hasattr(text, "splitlines") else text.split("\n")
print(len(lines), [len(line.split()) for line in lines])
