b = b'\xzz'
