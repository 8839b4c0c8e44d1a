"""What the bot says and does, for any messenger. Imports no messenger library."""

from dialogs.catalogue import Catalogue, load_catalogue
from dialogs.engine import DialogOptions, Dialogs
from dialogs.l10n import LANGUAGES, Localizer, best_language
from dialogs.screens import Attachment, Button, FileRef, Incoming, Kind, LinkButton, Screen
from dialogs.search import FaqSearch, SearchResult

__all__ = [
    "LANGUAGES",
    "Attachment",
    "Button",
    "Catalogue",
    "DialogOptions",
    "Dialogs",
    "FaqSearch",
    "FileRef",
    "Incoming",
    "Kind",
    "LinkButton",
    "Localizer",
    "Screen",
    "SearchResult",
    "best_language",
    "load_catalogue",
]
