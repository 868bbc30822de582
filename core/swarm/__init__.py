"""Swarm mode: nodes, services, tasks, stacks, configs and secrets of a swarm (no Qt)."""
