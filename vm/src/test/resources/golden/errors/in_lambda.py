words = ["a", "bb", 3]
print(sorted(words, key=lambda w: len(w)))
