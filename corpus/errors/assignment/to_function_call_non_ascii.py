naïve = 1; café() = naïve
