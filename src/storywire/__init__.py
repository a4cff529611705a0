"""storywire: multilingual news intelligence, offline.

The public API is what ``__all__`` lists; everything else may change without notice.
"""

from storywire.admit import Admission, Outcome, admit
from storywire.core import IngestReport, ingest
from storywire.model import Article, InputError, ReadError
from storywire.nlp.language import LanguageIdentifier
from storywire.pipeline import Pipeline, Stage
from storywire.readers import ReadOptions, read_paths
from storywire.store.base import Store
from storywire.store.sqlite import SQLiteStore

__version__ = "0.1.0"

__all__ = [
    "Admission",
    "Article",
    "IngestReport",
    "InputError",
    "LanguageIdentifier",
    "Outcome",
    "Pipeline",
    "ReadError",
    "ReadOptions",
    "SQLiteStore",
    "Stage",
    "Store",
    "__version__",
    "admit",
    "ingest",
    "read_paths",
]
