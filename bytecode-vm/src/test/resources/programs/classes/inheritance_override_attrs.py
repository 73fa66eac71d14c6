class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + self.name()
    def name(self):
        return "base"
class Child(Base):
    greeting = "hi"
    def name(self):
        return "child"
Base().greet()
Child().greet()
Child.greeting
Base.greeting
