(
raise SyntaxError("bad bad", args)
)