"""The since/until fields of the log view: relative times, Unix times and dates."""

from __future__ import annotations

import pytest

from core.docker.logs import parse_when
from core.errors import ValidationError


def test_parse_when() -> None:
    assert parse_when("10m", now=1000.0) == f"{400.0:.9f}"
    assert parse_when("2h", now=10000.0) == f"{2800.0:.9f}"
    assert parse_when("1700000000") == "1700000000"
    assert parse_when("2023-11-14T22:13:20Z") == f"{1700000000.0:.9f}"
    assert parse_when("") == ""
    with pytest.raises(ValidationError):
        parse_when("yesterday-ish")
