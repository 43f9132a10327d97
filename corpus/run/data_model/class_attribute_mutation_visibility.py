# Changing a class after instances exist: methods and attributes are looked up dynamically.
class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "woof"


d = Dog()
print(d.speak())
Animal.speak = lambda self: f"patched: {self.sound}"
print(d.speak())
del Dog.sound
print(d.speak())
Dog.sound = "arf"
print(d.speak())
d.__class__ = Animal
print(d.speak(), type(d).__name__)


class Cat(Animal):
    sound = "meow"


d.__class__ = Cat
print(d.speak(), isinstance(d, Cat))
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    Dog.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    def speak(self):
        return "plain speak"


Dog.__bases__ = (Plain,)
print(Dog.__mro__, Dog().speak())
