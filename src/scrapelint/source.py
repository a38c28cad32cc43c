"""Bytes in, text out, and back again without changing anything a fix did not touch.

Line endings are not converted here: the text keeps ``\\r\\n`` and ``\\r`` as they were,
and :mod:`scrapelint.document` maps them for the rules. What this module records is
what has to be restored on the way back out: the encoding and the byte-order mark.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """A file that cannot be read, decoded or written; the message is one line."""


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    fingerprint: tuple[int, int] | None = None
    """(size, mtime_ns) at read time, to notice a file changed before it is written back."""

    def encode(self, text: str) -> bytes:
        data = text.encode(self.encoding)
        if self.bom:
            data = _BOMS_BY_ENCODING[self.encoding] + data
        return data


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOMS_BY_ENCODING = {encoding: bom for bom, encoding in _BOMS}


def decode(data: bytes, encoding: str | None = None) -> SourceText:
    """Decode file contents; a byte-order mark wins over the default UTF-8.

    ``encoding`` forces a codec for people who know their files are, say, cp1252.
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return SourceText(_decode(data[len(bom):], bom_encoding), bom_encoding, bom=True)
    text = _decode(data, encoding or "utf-8")
    if "\x00" in text:
        raise SourceError("binary file (contains NUL bytes)")
    return SourceText(text, encoding or "utf-8")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        bad = data[error.start:error.start + 1].hex()
        hint = " (use --encoding if the file uses another encoding)" if encoding == "utf-8" else ""
        raise SourceError(
            f"not valid {encoding}: byte 0x{bad} at offset {error.start}{hint}"
        ) from None


def read(path: Path, encoding: str | None = None) -> SourceText:
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file")
            data = handle.read()
    except OSError as error:
        raise SourceError(_os_reason(error)) from None
    source = decode(data, encoding)
    return SourceText(source.text, source.encoding, source.bom, (info.st_size, info.st_mtime_ns))


def write_atomic(path: Path, source: SourceText, text: str) -> None:
    """Replace ``path`` with ``text`` in the file's own encoding, or leave it untouched.

    The new contents go to a temporary file in the same directory, which then replaces
    the original in one rename: a reader (or a crash) sees the old file or the new one,
    never a mix. The file's permission bits are kept.
    """
    data = source.encode(text)
    try:
        info = os.stat(path)
        if source.fingerprint is not None and (info.st_size, info.st_mtime_ns) != source.fingerprint:
            raise SourceError("file changed while it was being checked; not written")
        if not os.access(path, os.W_OK):
            raise SourceError("permission denied (file is read-only); not written")
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise SourceError(_os_reason(error) + "; not written") from None


def _os_reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)
