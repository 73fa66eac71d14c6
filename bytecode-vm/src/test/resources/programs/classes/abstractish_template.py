class Report:
    def render(self):
        return self.header() + "|" + self.body()
    def header(self):
        return "REPORT"
    def body(self):
        raise NotImplementedError("subclass must implement body")
class Sales(Report):
    def body(self):
        return "sales=10"
Sales().render()
def safe():
    try:
        return Report().render()
    except NotImplementedError as e:
        return f"{type(e).__name__}: {e}"
safe()
