from . import circle
from .circle import area
NAME = "shapes"
