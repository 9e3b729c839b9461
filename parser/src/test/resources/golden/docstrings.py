"""Module docstring."""
class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
