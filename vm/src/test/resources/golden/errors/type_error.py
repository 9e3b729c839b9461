x = 1
y = "two"
print("adding")
z = x + y
