café = 1
naïve = café
x = naïve€
