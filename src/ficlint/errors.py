"""Errors the user sees as one line: the file, then the problem."""


class FiclintError(Exception):
    """A usage or input error: printed as one line, exit code 2."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    def __reduce__(self):  # rebuilt from its two parts when a worker process sends it back
        return FiclintError, (self.where, self.problem)
