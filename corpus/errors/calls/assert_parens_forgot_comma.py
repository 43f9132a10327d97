assert(x y)
