"""The values that flow out of the rules: findings, edits, fixes and diagnostics.

Rules yield :class:`Finding` objects with character offsets into the document's
normalised text. The engine turns each into a :class:`Diagnostic`, which adds the
rule's identity and 1-based row/column positions and carries offsets into the text
exactly as it was given (so ``\\r\\n`` files keep their offsets honest).
"""

from scrapelint.records import NamedTuple, StrEnum

# Named tuples, not dataclasses: a commit hook pays about a millisecond for each dataclass
# it defines, and more than ten for importing dataclasses at all.


class Applicability(StrEnum):
    """How far a fix can be trusted, as in ruff."""

    SAFE = "safe"
    """Changes nothing but the residue; applied by ``--fix``."""
    UNSAFE = "unsafe"
    """Probably right, but could remove article text; applied only by ``--fix --unsafe-fixes``."""
    DISPLAY_ONLY = "display-only"
    """Shown as a suggestion, never applied."""


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``content``."""

    start: int
    end: int
    content: str = ""


class Fix(NamedTuple):
    edits: tuple[Edit, ...]
    applicability: Applicability
    message: str

    @classmethod
    def safe(cls, message: str, *edits: Edit) -> "Fix":
        return cls(tuple(edits), Applicability.SAFE, message)

    @classmethod
    def unsafe(cls, message: str, *edits: Edit) -> "Fix":
        return cls(tuple(edits), Applicability.UNSAFE, message)

    @classmethod
    def display_only(cls, message: str, *edits: Edit) -> "Fix":
        return cls(tuple(edits), Applicability.DISPLAY_ONLY, message)

    @property
    def start(self) -> int:
        return min(edit.start for edit in self.edits)

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)


class Finding(NamedTuple):
    """What a rule's check yields: a span of the normalised text and what is wrong with it."""

    start: int
    end: int
    message: str
    fix: Fix | None = None


class Position(NamedTuple):
    """1-based row and column; columns count characters, not bytes."""

    row: int
    column: int


class Diagnostic(NamedTuple):
    """One reported problem, located in the text as it was given. Two diagnostics are
    equal when they say the same about the same text, whatever file it came from."""

    code: str
    name: str
    category: str
    message: str
    start: int
    end: int
    location: Position
    end_location: Position
    fix: Fix | None = None
    filename: str | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self[:-1] == other[:-1]

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:-1])

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)
