f'{x:a
 b}'
