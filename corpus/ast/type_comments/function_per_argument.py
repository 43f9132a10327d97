# per-argument type comments
def send(message,  # type: str
         recipients,  # type: list
         retries=3,  # type: int
         ):
    # type: (...) -> bool
    return True

def mixed(a,  # type: int
          b):
    # type: (...) -> None
    pass

def last_arg(a,
             b  # type: str
             ):
    pass

def kwonly(*,
           flag,  # type: bool
           **rest  # type: str
           ):
    pass
