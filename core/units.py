"""Numbers as people read them: sizes in binary units."""

from __future__ import annotations


def human_size(n: int | float | None) -> str:
    """1536 → '1.5 KiB'; None → '…' (not known yet)."""
    if n is None:
        return "…"
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(value) < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"
