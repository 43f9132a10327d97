# attribute references
a.b
a.b.c.d.e
(a).b
(a.b).c
a().b
a[0].b
1 .real
1.0.real
1j.imag
"".join
b"".hex
(1).bit_length()
os.path.join(a, b).upper().strip
a.b = c.d
del a.b
x = self.config.section.value
y = (
    self
    .attr
)
