people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
sorted(people, key=lambda p: p[1])
sorted(people, key=lambda p: (-p[1], p[0]))
[name for name, age in people if age >= 25]
max(people, key=lambda p: p[1])
