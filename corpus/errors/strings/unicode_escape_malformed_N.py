s = 'x\N'
