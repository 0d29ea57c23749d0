"""Allow `python -m techexec`."""

from techexec.cli import main

main()
