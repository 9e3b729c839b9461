value = None
print(value.upper())
