"""Package marker: tests/cli/test_ingest.py and tests/test_ingest.py share a basename."""
