from x import while
