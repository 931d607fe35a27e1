"""``python -m book.assign``: an alias of ``python -m book.grading.assign``."""

from book.grading.assign import exercise_sets, generate, main  # noqa: F401

if __name__ == "__main__":
    main()
