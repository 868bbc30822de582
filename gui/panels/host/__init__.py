"""The Host panel: live graphs, processes, top containers, alerts."""
