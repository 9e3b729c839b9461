s = f'''line {x}
line {
  y  # comment
}
{z:
>10}'''
t = 1
