class ValidationError(Exception):
    pass


def check(x):
    try:
        return int(x)
    except ValueError as e:
        raise ValidationError(f"bad value {x!r}") from e


check("seven")
