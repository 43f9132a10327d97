# Explicit cause chain and an attribute error on None.
class Config:
    def __init__(self):
        self.values = {}
    def get(self, key):
        try:
            return self.values[key]
        except KeyError as e:
            raise LookupError(f'no key {key!r}') from e
def main():
    cfg = Config()
    try:
        cfg.get('port')
    except LookupError:
        value = None
        value.strip()
main()
