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


def test_resolved_configuration_masks_secret_looking_values() -> None:
    from core.compose.dotenv_mask import masked_yaml

    text = (
        "services:\n"
        "  web:\n"
        "    environment:\n"
        "      API_TOKEN: s3cret-value\n"
        "      GREETING: hello\n"
        "    build:\n"
        "      args:\n"
        "        - NPM_AUTH=abc123\n"
        "    labels:\n"
        "      secret_keys: {a: b}\n"
    )
    out = masked_yaml(text)
    assert "s3cret-value" not in out and "abc123" not in out
    assert f"API_TOKEN: {MASK}" in out and f"- NPM_AUTH={MASK}" in out
    assert "GREETING: hello" in out and "secret_keys: {a: b}" in out  # a mapping stays
    assert out.count("\n") == text.count("\n")
