import a.b from c.d
