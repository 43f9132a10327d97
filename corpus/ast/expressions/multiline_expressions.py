# expressions spanning lines inside brackets; positions of multi-line nodes
total = (first_value
         + second_value
         - third_value * (
             inner_a
             / inner_b
         ))
call = function(
    arg_one,
    arg_two,
    keyword=[
        1, 2,
        3, 4,
    ],
)
cond = (a
        if b
        else c)
nested = {
    'a': [
        (1,
         2),
    ],
}
