grid = [[1, 2], [3]]
total = [row[1] * 2 for row in grid]
