"""Grading machinery, kept apart from the course's mathematics.

    python -m book.grading ex01 submissions/ -o grades.csv   # grade a folder
    python -m book.grading.assign [ex01]                      # student notebooks from masters

Modules: ``cli`` (the command and ``grade_folder``), ``questions`` (tests from a
master notebook), ``notebook`` (reading a submission), ``runner`` (one submission:
its cells in the sandbox, the tests here), ``sandbox`` (bubblewrap, cgroups,
tearing a submission's processes down), ``child`` (the program a submission runs
in, and the wire format), ``gradebook`` (the CSV and its log), ``assign``.
"""
