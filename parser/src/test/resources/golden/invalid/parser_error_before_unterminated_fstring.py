x y
f"{x
