# -*- coding: uft-8 -*-
print("hello")
