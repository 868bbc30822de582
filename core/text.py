"""Translatable text from Qt-free code.

``core`` must not import Qt, yet its messages reach the user. A message is written as

    translate("core", "The image {name} does not exist").format(name=ref)

``pyside6-lupdate`` finds the ``translate("core", …)`` call and puts the template in
the ``core`` context of the ``.ts`` files. The GUI installs a lookup at start-up
(``set_lookup``) that asks Qt's translators for a template; from then on each message
is made in the user's language, the way gettext's ``_()`` works. Without a lookup
(the command line, the tests of core) the text stays English. Either way it is a
``str`` that also remembers its template and arguments, so text made before the
lookup was installed (class attributes such as ``default_hint``) can be made again
in the user's language with ``localized``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "core"

_lookup: Callable[[str], str] | None = None


def set_lookup(lookup: Callable[[str], str] | None) -> None:
    """Install (or with None remove) the function that translates a template."""
    global _lookup
    _lookup = lookup


class Text(str):
    """Text in the current language that knows its template and the values it was given."""

    template: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(cls, template: str, *args: Any, **kwargs: Any) -> Text:
        shown = (_lookup(template) or template) if _lookup is not None else template
        try:
            value = shown.format(*args, **kwargs) if args or kwargs else shown
        except (IndexError, KeyError, ValueError):  # a translation with broken placeholders
            value = template.format(*args, **kwargs)
        self = super().__new__(cls, value)
        self.template = template
        self.args = args
        self.kwargs = kwargs
        return self

    def format(self, *args: Any, **kwargs: Any) -> Text:
        return Text(self.template, *args, **kwargs)


def translate(context: str, template: str) -> Text:
    """Mark ``template`` for translation; ``.format(...)`` fills it in (see module doc)."""
    if context != CONTEXT:
        raise ValueError(f"core text belongs to the {CONTEXT!r} context, not {context!r}")
    return Text(template)


def localized(text: str) -> str:
    """``text`` made again in the current language (unchanged when it is not a Text)."""
    if isinstance(text, Text):
        return Text(text.template, *text.args, **text.kwargs)
    return text
