def f(n):
    try:
        if n:
            return 'early'
        print('body')
    finally:
        print('cleanup')
    return 'late'

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('f', i)

def h():
    try:
        pass
    except Exception:
        raise
    finally:
        print('done')

print(f(0), f(1), g(), h())
