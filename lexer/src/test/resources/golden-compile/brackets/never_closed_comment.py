x = (  # why
