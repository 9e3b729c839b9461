f"{a!r b}"
