# An exception raised in __init__ while constructing an object.
class Config:
    def __init__(self, **options):
        self.port = int(options["port"])
        self.host = options.get("host", "localhost")


c = Config(port="80")
print(c.host, c.port)
Config(host="example")
