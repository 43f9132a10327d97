class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
try:
    raise MyEG('mine', [ValueError(1), TypeError(2), MyEG('sub', [ValueError(3), OSError(4)])])
except* ValueError as e:
    print('got', repr(e))
except* OSError as e:
    print('os', repr(e))
    raise
