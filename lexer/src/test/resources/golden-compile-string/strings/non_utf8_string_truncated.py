x = "abâ‚x"
