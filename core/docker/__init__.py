"""Docker engine: connection, state cache fed by one events stream, containers."""
