for x in []:
    pass
continue
