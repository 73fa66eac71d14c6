# expect: PurityError at 4:1 attribute
class Settings:
    level = 1
Settings.level = 2
Settings.level
