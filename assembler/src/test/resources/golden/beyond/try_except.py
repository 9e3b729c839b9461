def parse(s):
    try:
        return int(s)
    except ValueError:
        return None

def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print('error', e)
        r = 0
    except (TypeError, KeyError):
        r = -1
    else:
        print('ok')
    return r

try:
    x = 1 / 0
except:
    x = 0
print(parse('12'), parse('x'), safe_div(1, 0), x)
