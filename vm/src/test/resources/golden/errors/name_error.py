def f(x):
    return x + undefined_name


print("before")
print(f(1))
