if something:
    pass
elif something_else:
    pass
else:
pass
