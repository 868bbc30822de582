"""Compose projects: files, the compose tool, and making compose files from containers."""
