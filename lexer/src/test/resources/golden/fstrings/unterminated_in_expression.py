x = f'{y
