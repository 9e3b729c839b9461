if else elif while for in is not and or None True False async await match case type _ __x__
