"""Certificates for the tests' TLS engines, made with ``cryptography``: a CA, a server
certificate for 127.0.0.1/localhost and a client certificate — and the faulty variants the
tests need (another CA, an expired server certificate, a wrong name)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class CertSet:
    folder: Path

    @property
    def ca(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def server_cert(self) -> Path:
        return self.folder / "server-cert.pem"

    @property
    def server_key(self) -> Path:
        return self.folder / "server-key.pem"

    @property
    def cert(self) -> Path:
        return self.folder / "cert.pem"

    @property
    def key(self) -> Path:
        return self.folder / "key.pem"


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
    *,
    ca: bool = False,
    server_names: tuple[str, ...] = (),
    client: bool = False,
    valid_from: dt.datetime | None = None,
    valid_to: dt.datetime | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    issuer_name, issuer_key = issuer if issuer is not None else (_name(subject), key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from or now - dt.timedelta(minutes=5))
        .not_valid_after(valid_to or now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
    if server_names:
        alt: list[x509.GeneralName] = []
        for n in server_names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(n)))
            except ValueError:
                alt.append(x509.DNSName(n))
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    if client:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _write(cert: x509.Certificate, path: Path) -> None:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def make_certs(
    folder: Path,
    server_names: tuple[str, ...] = ("127.0.0.1", "localhost"),
    expired: bool = False,
) -> CertSet:
    """A CA, a server certificate (for ``server_names``; already expired if ``expired``) and
    a client certificate signed by it, as docker's TLS set-up expects (ca.pem, cert.pem…)."""
    folder.mkdir(parents=True, exist_ok=True)
    certs = CertSet(folder)
    ca_key = _key()
    ca = _cert("envdock-test-ca", ca_key, None, ca=True)
    _write(ca, certs.ca)
    issuer = (ca.subject, ca_key)
    now = dt.datetime.now(dt.UTC)
    server_key = _key()
    window = (now - dt.timedelta(days=10), now - dt.timedelta(days=1)) if expired else (None, None)
    server = _cert("envdock-test-server", server_key, issuer, server_names=server_names,
                   valid_from=window[0], valid_to=window[1])  # fmt: skip
    _write(server, certs.server_cert)
    _write_key(server_key, certs.server_key)
    client_key = _key()
    _write(_cert("envdock-test-client", client_key, issuer, client=True), certs.cert)
    _write_key(client_key, certs.key)
    return certs
