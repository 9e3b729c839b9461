x = 1abc ÿ
