s = """line one
line two
  indented"""
s
s.splitlines()
len(s)
'''single "quoted" triple'''
