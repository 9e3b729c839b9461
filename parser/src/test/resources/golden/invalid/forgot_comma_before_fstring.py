x = [a f"b"]
