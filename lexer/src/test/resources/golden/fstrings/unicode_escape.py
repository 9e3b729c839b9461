f'\N{BULLET} {x} \N{DIGIT ONE}' rf'\N{x}' f'\{x}' rf'\{x}' f'\\{x}'
