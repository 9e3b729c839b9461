#!/usr/bin/env python3
# vim: set fileencoding=nope :
x = 1
