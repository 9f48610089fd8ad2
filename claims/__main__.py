"""``python -m claims`` runs the command-line interface."""
import sys

from claims.cli import main

if __name__ == "__main__":
    sys.exit(main())
