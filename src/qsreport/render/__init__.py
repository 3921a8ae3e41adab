"""Renderers: a Report (or many) → tables, CSV, SQLite. JSON is the model's own dump."""
