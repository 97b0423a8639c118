"""The dashboard: server-rendered pages on the API's app (see docs/web.md)."""
