x = ¬a
