f'a{x}b' f"{x}" f'' f'{x}{y}' F'{x!r}' f'{x!s:>10}' f'{x=}' f'{x = }' f'{x=!r:^20}'
