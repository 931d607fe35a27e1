"""``python -m book.grade``: an alias of ``python -m book.grading``."""

import sys

from book.grading.cli import grade_folder, main  # noqa: F401

if __name__ == "__main__":
    sys.exit(main())
