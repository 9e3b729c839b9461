f'{x!a}' f'{(lambda: 1)()}' f'{x if y else z}' f'{x,y}' f'{*x,}' f'{x!=y}'
