import sys

from hearten.cli import main

sys.exit(main())
