# string constants, string.Template and textwrap.
import string
import textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, 30), repr(textwrap.dedent("    a\n      b\n")), textwrap.indent("x\ny", "> "))
print(string.capwords("hello   world  again"))
