"""The phrase book: every fixed phrase and message techexec says, per language."""
