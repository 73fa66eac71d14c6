class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(age):
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age
def run(a):
    try:
        return validate(a)
    except ValidationError as e:
        return (str(e), e.args, e.field)
run(5)
run(-1)
