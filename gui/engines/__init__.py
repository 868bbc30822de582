"""Engines: every engine EnvDock knows, and adding one (saved as a Docker context)."""
