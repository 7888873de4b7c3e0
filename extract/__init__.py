"""tiangraph's extract stage: proposal tables in, typed records and entity mentions out.

>>> from extract import extract_case, entity_id
>>> entity_id("Unit", "市应急管理局").startswith("unit:")
True
"""

from extract import native

native.enable()  # the compiled finders, when built for these sources (before anything imports them)

from extract.canon import AliasRegistry, entity_id, load_aliases, normalise_name, shared_aliases, to_simplified
from extract.evaluate import evaluate, format_report, read_gold
from extract.mentions import extract_case, extract_table
from extract.model import *  # noqa: F403 - the records are part of the stage's API
from extract.model import __all__ as _model_all

__all__ = [
    *_model_all,
    "AliasRegistry",
    "entity_id",
    "load_aliases",
    "shared_aliases",
    "normalise_name",
    "to_simplified",
    "extract_case",
    "extract_table",
    "evaluate",
    "format_report",
    "read_gold",
]
