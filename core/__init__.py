"""EnvDock core: everything that does work. Never imports Qt or the GUI."""

__version__ = "0.1.0"
