"""A Python 3 interpreter written in RPython-3."""
