def f(): 

