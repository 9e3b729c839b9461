try:
  pass
except* A, B, C:
  pass
