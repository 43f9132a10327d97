# several DEDENTs at once
if 1:
 if 2:
  if 3:
   if 4:
    x = 1
y = 2
