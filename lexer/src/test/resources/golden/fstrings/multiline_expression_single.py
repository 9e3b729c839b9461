s = f'{x
+ y}'
