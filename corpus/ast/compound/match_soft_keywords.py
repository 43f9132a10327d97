# match, case and _ as ordinary identifiers
match = 1
case = 2
_ = 3
match, case = case, match
print(match, case, _)
match(x)
match[x]
match.attr
match.attr = 4
match * 2
match - case
match(x) + case
match = match
case.value = match.value
def match(case):
    return case
class case:
    match = None
import re
match = re.match(r'x', 'x')
match [match]:
    case [match]:
        pass
match match:
    case case:
        pass
def f(match, case=0, *_, **__):
    match match:
        case {'case': case}:
            return case
    return [match for case in match]
