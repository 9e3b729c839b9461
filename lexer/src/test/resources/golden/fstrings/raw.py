rf'\d{x}\n' fR'{x}\\' Rf"\"{x}"
