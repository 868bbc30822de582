"""Secret-looking values hidden from what EnvDock shows and copies, until the user asks.

Secret-looking: a name holding PASSWORD, SECRET, TOKEN, KEY, CREDENTIAL, AUTH (not AUTHOR)
or PRIVATE. Masked in inspect data: ``NAME=value`` items (``Config.Env``, a service's
``ContainerSpec.Env``), ``--name=value`` arguments, and label values under such names.
"""

from __future__ import annotations

import re
from typing import Any

MASK = "••••••••"
_SECRET = re.compile(r"PASSW|SECRET|TOKEN|KEY|CREDENTIAL|AUTH(?!OR)|PRIVATE")


def looks_secret(name: str) -> bool:
    return _SECRET.search(name.upper()) is not None


def mask_assignment(item: str) -> str:
    """``NAME=value`` or ``--name=value`` with the value masked when the name looks secret."""
    name, sep, value = item.partition("=")
    if sep and value and looks_secret(name):
        return f"{name}={MASK}"
    return item


def masked(data: Any) -> Any:
    """A copy of ``data`` (inspect JSON) with secret-looking values replaced by ``MASK``."""
    if isinstance(data, dict):
        return {
            key: (
                MASK
                if isinstance(value, str) and value and looks_secret(str(key))
                else masked(value)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [mask_assignment(x) if isinstance(x, str) else masked(x) for x in data]
    return data
