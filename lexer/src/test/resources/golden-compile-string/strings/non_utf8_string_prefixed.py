x = u"ÿ" + "ok"
