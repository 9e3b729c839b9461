  \ 
x
