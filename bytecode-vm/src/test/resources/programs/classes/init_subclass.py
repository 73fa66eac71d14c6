class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls

class Csv(Plugin):
    pass

class Json(Plugin):
    def __init_subclass__(cls):
        cls.flavour = "json-" + cls.__name__

class Json5(Json):
    pass

sorted(Plugin.registry)
Json5.flavour
"json5" in Plugin.registry

class Counted:
    made = 0
    def __init__(self):
        Counted.made += 1
        self.serial = Counted.made

[Counted().serial for _ in range(3)]
Counted.made
