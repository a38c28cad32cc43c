"""Bytes in, text out, and back again without changing anything a fix did not touch.

Line endings are not converted here: the text keeps ``\\r\\n`` and ``\\r`` as they were,
and :mod:`scrapelint.document` maps them for the rules. What this module records is
what has to be restored on the way back out: the encoding and the byte-order mark.
"""

from __future__ import annotations

import codecs
import os
import stat
from contextlib import suppress
from typing import IO, Any

from scrapelint.records import FrozenRecord


class SourceError(Exception):
    """A file that cannot be read, decoded or written; the message is one line."""


class SourceText(FrozenRecord):
    def __init__(
        self, text: str, encoding: str = "utf-8", bom: bool = False, fingerprint: tuple[int, int, bytes] | None = None
    ) -> None:
        self.text = text
        self.encoding = encoding
        self.bom = bom
        self.fingerprint = fingerprint
        """(size, mtime_ns, contents) at read time, to notice a file changed before it is
        written back, even within one tick of a coarse file-system clock. The contents, not a
        digest of them: a commit hook that only checks would pay for loading a hash library."""

    FIELDS = ("text", "encoding", "bom", "fingerprint")

    def encode(self, text: str) -> bytes:
        try:
            data = text.encode(self.encoding)
        except UnicodeEncodeError as error:
            character = text[error.start]
            raise SourceError(
                f"the fixed text has {character!r} (U+{ord(character):04X}), which {self.encoding} cannot encode"
            ) from None
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
# Codecs that write a byte-order mark of their own: a file read with one of them but
# without a mark must be written back without one, so it is read with the plain codec.
# (Python reads BOM-less UTF-16 and UTF-32 as little-endian.)
_WITHOUT_OWN_BOM = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}


def decode(data: bytes, encoding: str | None = None) -> SourceText:
    """Decode file contents; a byte-order mark wins over the default UTF-8.

    ``encoding`` forces a codec for people who know their files are, say, cp1252.
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return SourceText(_decode(data[len(bom):], bom_encoding), bom_encoding, bom=True)
    encoding = _WITHOUT_OWN_BOM.get(codec_name(encoding), encoding) if encoding else "utf-8"
    text = _decode(data, encoding)
    if "\x00" in text:
        utf16 = _bomless_utf16(data)
        hint = f"; it looks like UTF-16 without a byte-order mark: try --encoding {utf16}" if utf16 else ""
        raise SourceError(f"binary file (contains NUL bytes{hint})")
    return SourceText(text, encoding)


def codec_name(encoding: str) -> str:
    """The canonical name of a text codec; :class:`SourceError` for anything else."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise SourceError(f"{encoding!r} is not a text encoding")
    return info.name


def _bomless_utf16(data: bytes) -> str | None:
    """The byte order of mostly-ASCII UTF-16 text (every other byte NUL), if it is that."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    if 0 not in even and odd.count(0) > 0.9 * len(odd):
        return "utf-16-le"
    if 0 not in odd and even.count(0) > 0.9 * len(even):
        return "utf-16-be"
    return None


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


def read(path: str | os.PathLike[str], encoding: str | None = None) -> SourceText:
    try:
        # Non-blocking, so that a named pipe (or a device) is refused, not waited on.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file")
            data = handle.read()
    except OSError as error:
        raise SourceError(_os_reason(error)) from None
    source = decode(data, encoding)
    return SourceText(source.text, source.encoding, source.bom, _fingerprint(info, data))


def _fingerprint(info: os.stat_result, data: bytes) -> tuple[int, int, bytes]:
    return (info.st_size, info.st_mtime_ns, data)


def write_atomic(path: str | os.PathLike[str], source: SourceText, text: str) -> None:
    """Replace ``path`` with ``text`` in the file's own encoding, or leave it untouched.

    The new contents go to a temporary file in the same directory, which then replaces
    the original in one rename: a reader (or a crash) sees the old file or the new one,
    never a mix. The file's permission bits (and, where allowed, its owner) are kept; a
    symbolic link is followed, so the link stays a link. A file without any write
    permission bit is refused even for a user who could replace it.
    """
    data = source.encode(text)
    try:
        path = os.path.realpath(path)
        info = os.stat(path)
        if source.fingerprint is not None and _changed_since(path, info, source.fingerprint):
            raise SourceError("file changed while it was being checked; not written")
        if not os.access(path, os.W_OK) or not info.st_mode & 0o222:
            raise SourceError("permission denied (file is read-only); not written")
        # A short prefix: the temporary name must fit the file system's limit too.
        directory, name = os.path.split(path)
        temporary = temporary_beside(directory, f".{name[:32]}.")
        try:
            with open_new(temporary, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
            _keep_owner(temporary, info)
            os.replace(temporary, path)
        except BaseException:
            discard(temporary)
            raise
    except OSError as error:
        raise SourceError(_os_reason(error) + "; not written") from None


def temporary_beside(directory: str, prefix: str) -> str:
    """A name for a new temporary file in ``directory``, chosen before the file is made.

    Whatever moment a Ctrl-C comes, the cleanup knows the name: with tempfile.mkstemp,
    one that came after the file was made and before its name was returned left it behind.
    """
    return os.path.join(directory, f"{prefix}{os.urandom(6).hex()}.tmp")


def open_new(path: str, mode: str, encoding: str | None = None) -> IO[Any]:
    """``path`` made and opened for writing, readable by its owner alone until the caller
    says otherwise (as tempfile.mkstemp's files are); an existing file is an error."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    return os.fdopen(os.open(path, flags, 0o600), mode, encoding=encoding)


def discard(temporary: str) -> None:
    """Remove a temporary file, if it is still there: it may not have been made yet, or
    may have been renamed already (a Ctrl-C right after the rename). A failure to remove it
    must not hide the error that brought the caller here."""
    with suppress(OSError):
        os.unlink(temporary)


def _changed_since(path: str, info: os.stat_result, fingerprint: tuple[int, int, bytes]) -> bool:
    if (info.st_size, info.st_mtime_ns) != fingerprint[:2]:
        return True
    with open(path, "rb") as handle:
        return _fingerprint(info, handle.read()) != fingerprint


def _keep_owner(temporary: str, info: os.stat_result) -> None:
    if (info.st_uid, info.st_gid) == (os.geteuid(), os.getegid()):
        return
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
    except OSError:
        pass  # only the super-user may give a file away; the mode is kept regardless


def _os_reason(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else str(error)
