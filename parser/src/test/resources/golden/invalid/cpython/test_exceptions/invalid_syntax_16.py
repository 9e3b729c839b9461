(
raise ZeroDivisionError()
)