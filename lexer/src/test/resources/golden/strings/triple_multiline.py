s = '''first
second é
  third''' + """
"""
t = '''€€
€''' ; u = 1
