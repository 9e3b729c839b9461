f'{x:>{width}.{prec}f}' f'{x:{y}}' f'{x:%Y-%m-%d}' f'{x:{{}}>10}' f'{x::}' f'{x:=10}' f'{(x:=10)}'
