"""Allow `python -m techexec`."""

from techexec.entry import main

main()
