def fb(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
[fb(n) for n in range(1, 16)]
fb(30)
fb(98)
[fb(n) for n in range(1, 101)].count("Fizz")
