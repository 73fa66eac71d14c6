# expect: Warning at 2:6 __import__
os = __import__('os')
os.getcwd()
