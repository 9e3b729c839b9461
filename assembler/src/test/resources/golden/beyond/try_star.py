def f():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('v', e)
    except* TypeError:
        print('t')
    try:
        pass
    except* OSError:
        pass
    else:
        print('else')
    finally:
        print('fin')
f()
