class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
Animal("x").speak()
Dog("rex").speak()
Puppy("bit").speak()
[c.__name__ for c in Puppy.__mro__]
