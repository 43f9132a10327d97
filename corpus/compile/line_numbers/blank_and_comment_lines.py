# Comments and blank lines between statements do not produce code but affect line numbers.


# leading comment


def f():
    # comment inside


    x = 1  # trailing comment

    # another

    return x


class C:

    # comment in class

    a = 1


    def m(self):

        return self.a


print(f(), C().m())
