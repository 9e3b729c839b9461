# vim: set fileencoding=utf8 :
x = 'é'
