for (x, *(y, z.d())) in b: pass
