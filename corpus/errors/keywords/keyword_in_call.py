f(else)
