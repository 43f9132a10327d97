x = 'a€b'
