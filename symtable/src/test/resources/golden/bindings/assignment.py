x = 1
a, (b, *c) = d = [1, (2, 3)]
obj.attr = x
seq[i] = x
seq[lo:hi:step] = []
[e, f] = g
