"""Write watch/data/rules.schema.json, the JSON Schema of rules.yaml for editors.

    .venv/bin/python bench/gen_schema.py

Generated from `watch.editor_schema.json_schema(watch.config.Settings)`; a test fails when the
file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watch.config import Settings  # noqa: E402
from watch.editor_schema import json_schema  # noqa: E402


def main() -> None:
    schema = json_schema(Settings)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "watch rules.yaml"
    out = ROOT / "watch" / "data" / "rules.schema.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
