lambda a,**b=3: None
