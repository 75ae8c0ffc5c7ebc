"""watch: a claim-tracking news monitor."""

import os

__version__ = "0.1.0"

# watch validates its own files with pydantic; plugins other packages register for pydantic have
# no part in that, and finding them reads every installed package's metadata (~35 ms a start)
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
