"""``python -m generator`` is the same as the ``handbook`` command."""

from .cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
