class Config:
    version = 3
    name = "fora"
    tags = ("a", "b")
    def describe(self):
        return f"{self.name} v{self.version}"
Config.version
Config().describe()
Config.tags[1]
c = Config()
c.name
