x = "ÿ"
y = f"{1abc}"
