x = 0ab
