b = rb'ß'
