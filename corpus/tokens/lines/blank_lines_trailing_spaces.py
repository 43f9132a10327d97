# blank lines with trailing spaces and tabs
x = 1
   
	
  	  
y = 2   
