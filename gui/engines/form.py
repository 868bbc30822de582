"""What the add-engine form holds, checked field by field before anything is written, and
saved as a Docker context the way ``docker context create`` writes one.

``check`` is pure (it runs on the GUI thread as the user presses Add); ``save`` looks at the
disk (the certificate files, the contexts there are) and writes, so it runs in a worker.
"""

from __future__ import annotations

import shlex
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication

from core.docker import contexts
from core.docker.contexts import EngineSpec, TLSFiles
from core.docker.endpoint import validate_host
from core.docker.refusals import FieldError
from core.errors import DockerUnavailable, ValidationError

FormKind = Literal["ssh", "tls", "tcp", "unix"]
KINDS: tuple[FormKind, ...] = ("ssh", "tls", "tcp", "unix")
SCHEME: dict[FormKind, str] = {"ssh": "ssh://", "tls": "tcp://", "tcp": "tcp://", "unix": "unix://"}


translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class EngineForm:
    name: str
    kind: FormKind
    address: str
    ca: str = ""
    cert: str = ""
    key: str = ""
    skip_verify: bool = False
    description: str = ""

    @property
    def uses_tls(self) -> bool:
        return self.kind == "tls"


def host_url(form: EngineForm) -> str:
    """The address as an engine URL: the kind's scheme added when it was left out (a unix
    socket may be given as a bare path)."""
    address = form.address.strip()
    if address and "://" not in address:
        address = SCHEME[form.kind] + address
    return address


def check(form: EngineForm, known: Collection[str] = ()) -> tuple[str, TLSFiles | None]:
    """The engine URL and its TLS files, or a FieldError naming the field that is wrong
    (name, address, ca, cert or key). ``known``: the names of the engines there are."""
    _check_name(form.name, known)
    url = _check_address(form)
    if not form.uses_tls:
        return url, None
    ca, cert, key = (_path(p) for p in (form.ca, form.cert, form.key))
    if cert is not None and key is None:
        raise FieldError(
            translate("AddEngineDialog", "A client certificate needs its key"),
            translate("AddEngineDialog", "Choose the key file that goes with the certificate."),
            field="key",
        )
    if key is not None and cert is None:
        raise FieldError(
            translate("AddEngineDialog", "A key needs its client certificate"),
            translate("AddEngineDialog", "Choose the certificate file that goes with the key."),
            field="cert",
        )
    if ca is None and cert is None and not form.skip_verify:
        raise FieldError(
            translate("AddEngineDialog", "A TLS engine needs the CA that signed its certificate"),
            translate(
                "AddEngineDialog", "Choose the CA file (ca.pem) the engine's owner gave you."
            ),
            field="ca",
        )
    return url, TLSFiles(ca=ca, cert=cert, key=key, skip_verify=form.skip_verify)


def _check_name(name: str, known: Collection[str]) -> None:
    if not name:
        raise FieldError(
            translate("AddEngineDialog", "Give the engine a name"),
            translate("AddEngineDialog", "For example gpu1."),
            field="name",
        )
    try:
        contexts.validate_name(name)
    except ValidationError as exc:
        raise FieldError(exc.message, exc.hint, field="name") from exc
    if name in known:
        raise FieldError(
            translate("AddEngineDialog", "An engine named {0!r} exists already").format(name),
            translate("AddEngineDialog", "Choose another name, or remove that engine first."),
            field="name",
        )


def _check_address(form: EngineForm) -> str:
    url = host_url(form)
    if not url:
        raise FieldError(translate("AddEngineDialog", "Give the engine's address"), field="address")
    if not url.startswith(SCHEME[form.kind]):
        wanted = SCHEME[form.kind]
        raise FieldError(
            translate(
                "AddEngineDialog", "This kind of engine has an address starting with {0}"
            ).format(wanted),
            translate(
                "AddEngineDialog", "Choose the kind that matches the address, or correct it."
            ),
            field="address",
        )
    try:
        return validate_host(url)
    except DockerUnavailable as exc:
        message = exc.message.replace("DOCKER_HOST", translate("AddEngineDialog", "The address"))
        raise FieldError(message, field="address") from exc


def _path(text: str) -> Path | None:
    text = text.strip()
    return Path(text).expanduser() if text else None


def say(message: str, hint: str = "") -> str:
    """A refusal in one line: the message, then what to do."""
    message = message.strip()
    if hint and message and message[-1] not in ".!?:。":
        message += "."
    return f"{message} {hint}".strip()


def command_line(form: EngineForm) -> str:
    """What the docker CLI would be told to save the same context."""
    parts = [f"host={host_url(form)}"]
    if form.uses_tls:
        for key, value in (("ca", form.ca), ("cert", form.cert), ("key", form.key)):
            if value.strip():
                parts.append(f"{key}={value.strip()}")
        if form.skip_verify:
            parts.append("skip-tls-verify=true")
    words = ["docker", "context", "create", form.name or "NAME", "--docker", ",".join(parts)]
    if form.description:
        words[4:4] = ["--description", form.description]
    return shlex.join(words)


def save(
    form: EngineForm, env: Mapping[str, str] | None = None, home: Path | None = None
) -> EngineSpec:
    """Check the form against the disk too (files there, name free), then write the context
    (run in a worker: it reads and writes files)."""
    existing = {spec.name for spec in contexts.all_engines(env, home)}
    url, tls = check(form, existing)
    if tls is not None:
        for field, path in (("ca", tls.ca), ("cert", tls.cert), ("key", tls.key)):
            if path is not None and not path.is_file():
                raise FieldError(
                    translate("AddEngineDialog", "{0} is not a file").format(path),
                    translate("AddEngineDialog", "Choose the file the engine's owner gave you."),
                    field=field,
                )
    return contexts.create_context(
        form.name, url, tls, description=form.description.strip(), env=env, home=home
    )
