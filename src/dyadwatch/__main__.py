"""``python -m dyadwatch`` runs the CLI, so tests and users without the script on PATH can call it."""

from dyadwatch.cli.main import app

app(prog_name="dyadwatch")
