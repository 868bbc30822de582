"""The Environments panel: discovery, packages and every environment operation."""
