"""techexec: who does what at the top of a technology organisation, explained in the terminal."""

__version__ = "0.1.0"
