# realistic loop and exception handling code
import time


def retry(func, attempts=3, delay=0.1, exceptions=(ConnectionError, TimeoutError)):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return func()
        except exceptions as exc:
            last = exc
            time.sleep(delay * 2 ** (attempt - 1))
        except KeyboardInterrupt:
            raise
        else:
            break
        finally:
            print(f'attempt {attempt} done')
    else:
        raise RuntimeError('all attempts failed') from last


def chunks(iterable, size):
    buf = []
    it = iter(iterable)
    while True:
        try:
            buf.append(next(it))
        except StopIteration:
            if buf:
                yield buf
            return
        if len(buf) == size:
            yield buf
            buf = []
