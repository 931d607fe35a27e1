import sys

from book.grading.cli import main

sys.exit(main())
