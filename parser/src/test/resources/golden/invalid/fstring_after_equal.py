f"{a=b}"
