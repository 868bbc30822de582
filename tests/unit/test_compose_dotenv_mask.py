"""The editor's masked view of a .env: secret-looking values hidden, the rest as written."""

from __future__ import annotations

from core.compose.dotenv_mask import masked_dotenv
from core.docker.masking import MASK


def test_secret_values_are_masked_and_the_rest_kept() -> None:
    text = (
        "# database\n"
        "POSTGRES_PASSWORD=hunter2\n"
        "export API_TOKEN = 'abc def'\n"
        "PORT=8080\n"
        "AUTHOR=kim\n"
        "EMPTY_SECRET=\n"
        "\n"
        "NOT AN ASSIGNMENT\r\n"
    )
    out = masked_dotenv(text)
    assert out.splitlines(keepends=True) == [
        "# database\n",
        f"POSTGRES_PASSWORD={MASK}\n",
        f"export API_TOKEN = {MASK}\n",
        "PORT=8080\n",
        "AUTHOR=kim\n",
        "EMPTY_SECRET=\n",
        "\n",
        "NOT AN ASSIGNMENT\r\n",
    ]
    assert "hunter2" not in out and "abc def" not in out


def test_last_line_without_newline() -> None:
    assert masked_dotenv("KEY=v") == f"KEY={MASK}"
