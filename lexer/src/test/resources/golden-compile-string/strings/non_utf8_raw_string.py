x = r"ÿ\n"
