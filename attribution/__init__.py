"""attribution: find the numeric claims in news copy, link each to its source, flag the rest.

>>> import attribution
>>> report = attribution.check("At least 40 people died, police said.")
>>> [(c.text, c.status) for c in report.claims]
[('40', 'sourced')]
"""

from ._api import check, check_document
from ._batch import check_many
from ._config import Config, ConfigError
from ._model import (
    SCHEMA_VERSION,
    Attribution,
    Claim,
    Considered,
    DocumentResult,
    Finding,
    Report,
    Span,
    Why,
)
from ._records import RECORD_FIELDS, RECORDS_VERSION, records
from ._rules import RULES, Rule

__version__ = "0.1.0"

__all__ = [
    "RECORDS_VERSION",
    "RECORD_FIELDS",
    "RULES",
    "SCHEMA_VERSION",
    "Attribution",
    "Claim",
    "Config",
    "ConfigError",
    "Considered",
    "DocumentResult",
    "Finding",
    "Report",
    "Rule",
    "Span",
    "Why",
    "__version__",
    "check",
    "check_document",
    "check_many",
    "records",
]
