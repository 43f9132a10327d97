# characters that are not 3.11 operators
a <> b
!
$
?
`x`
a ! b
