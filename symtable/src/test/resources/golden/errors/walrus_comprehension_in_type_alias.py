type A = [(y := 1) for z in w]
