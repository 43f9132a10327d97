del {a}
