"apple" < "banana"
"Zebra" < "apple"
"abc" < "abcd"
"abc" == "abc"
"b" > "abc"
sorted(["banana", "Apple", "cherry", "apple", "Banana"])
max("hello")
min(["zz", "a", "mm"])
