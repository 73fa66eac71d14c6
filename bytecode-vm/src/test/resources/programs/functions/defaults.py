def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
greet("Ann")
greet("Bob", "Hi")
greet("Cy", punct="?")
greet(greeting="Yo", name="Di")
