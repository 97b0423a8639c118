"""The JSON Schema of ``Record``, generated from the model so it can never drift from it.

``python -m dyadwatch.schema > schema/record.schema.json``; a test fails when the committed file
differs from what the model generates.
"""

from __future__ import annotations

import json

from dyadwatch.model import Record


def record_schema() -> dict[str, object]:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://dyadwatch.invalid/schema/record.schema.json"
    return schema


def main() -> None:
    print(json.dumps(record_schema(), indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
