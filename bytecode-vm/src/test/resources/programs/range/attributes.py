r = range(1, 20, 4)
(r.start, r.stop, r.step)
range(7).start
range(3, 8).step
r[1:].start
r[::-1].step
range(10)[2:8:3]
