# comments and blank lines at odd indents do not change indentation
if 1:
    x = 1
  # odd comment
        # deeper comment
# column 0 comment

      
    y = 2
