"""Text from data files and the command line, made safe to print on a terminal."""

from __future__ import annotations

# C0 controls except tab and newline, DEL, and C1 controls: ESC, CSI and OSC live here.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])


def clean(value: str) -> str:
    """`value` with every terminal control character removed."""
    return value.translate(_CONTROL)
