lambda a,/,/,b,c: None
