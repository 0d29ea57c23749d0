"""Allow `python -m techexec`."""

from techexec.cli.entry import main

main()
