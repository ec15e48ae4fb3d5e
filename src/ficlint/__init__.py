"""ficlint: a copy-editing linter for fan fiction."""

__version__ = "0.1.0"
