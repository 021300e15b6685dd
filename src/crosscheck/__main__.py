"""``python -m crosscheck``."""

from .cli import main

main()
