# leading comment
#comment without space
x = 1  # trailing comment
# comment between statements

def f(  # after open paren
    a,  # after parameter
    # own line inside parameters
    b,
):  # after colon
    # first line of body
    return (  # after return paren
        a  # operand
        +  # operator
        b
    )  # closing
    # after last statement, indented


class C:  # class comment
    # only a comment before the body
    pass
# dedented comment
if x:
    pass
    # trailing block comment
# a
# b
data = [
    1,  # one
    # standalone
    2,
]
# final comment
