"""Case numbers as people type them, reduced to one spelling.

The office writes ``2555583/2016`` (number/year); people type spaces, dashes, dots or
backslashes instead of the slash, add spaces around it, or paste full-width digits from
a scanned letter. All of these are one case. A number is never refused for its shape:
the office's own numbering may change, and a wrong number simply is not found.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NUMBER = 40  # longer is a paste of something else, not a case number
_SEPARATORS = re.compile(r"[\s/\\\-‐‑‒–—―.,:;_|]+")
_PREFIX = re.compile(r"^(?:nr|no|n°|№)\.?\s*", re.IGNORECASE)


def normalise_number(text: str) -> str:
    """One spelling per case: upper case, separators as ``/``, none at either end.

    Returns "" when nothing of a number is left (the person typed only separators).
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    folded = _PREFIX.sub("", folded)
    return _SEPARATORS.sub("/", folded).strip("/").upper()


def normalise_code(text: str) -> str:
    """An access code as typed, without the spaces a phone keyboard or a copy adds."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def mask(number: str) -> str:
    """The last four characters, for places where the whole number is not needed."""
    return "…" + number[-4:] if len(number) > 4 else number
