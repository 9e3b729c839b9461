try:
    pass
except ValueError as err:
    pass
except (TypeError, KeyError):
    pass
else:
    ok = 1
finally:
    cleanup()
try:
    pass
except* OSError as group:
    pass
