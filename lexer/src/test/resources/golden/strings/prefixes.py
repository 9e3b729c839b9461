'x' r'x' R'x' u'x' U'x' b'x' B'x' br'x' rb'x' Br'x' bR'x' RB'x' Rb'x' rB'x' BR'x' 
f"x" F"x" rf"x" fr"x" Rf"x" fR"x" RF"x" FR"x" 
ur'x' bu'x' ub'x' fb'x' rr'x' b
