"""Containers: the list kept current by events, actions, details, run dialog."""
