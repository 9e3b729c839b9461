def validate(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age


ages = [3, 0, -4]
for a in ages:
    print(validate(a))
