"""The docstring may come before future imports."""
from __future__ import annotations, division
from __future__ import generator_stop
x: Name = 1
