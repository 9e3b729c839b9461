try:
    pass
except* E:
    pass
except E:
    pass
