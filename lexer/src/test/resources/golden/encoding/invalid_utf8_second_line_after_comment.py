# a comment
x = 'é'
