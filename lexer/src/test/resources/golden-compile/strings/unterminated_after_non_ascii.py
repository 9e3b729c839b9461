x = ("éabc
