"""``python -m qsreport``."""

from .cli import main

main()
