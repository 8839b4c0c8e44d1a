"""Case status: the look-up flow, "My cases", notices of a new status, the case import."""

from dialogs.cases.codes import CodeHasher
from dialogs.cases.importer import CsvHeaderError, ImportReport, import_csv
from dialogs.cases.notices import Notices
from dialogs.cases.numbers import normalise_code, normalise_number
from dialogs.cases.source import (
    CaseFacts,
    CaseSource,
    EmbeddedSource,
    LookupResult,
    Outcome,
)

__all__ = [
    "CaseFacts",
    "CaseSource",
    "CodeHasher",
    "CsvHeaderError",
    "EmbeddedSource",
    "ImportReport",
    "LookupResult",
    "Notices",
    "Outcome",
    "import_csv",
    "normalise_code",
    "normalise_number",
]
