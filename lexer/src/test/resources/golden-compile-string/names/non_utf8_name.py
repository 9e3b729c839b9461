x = aÿ
