# -*- coding: latin-1 -*-
s = 'café'
naïve = 1
