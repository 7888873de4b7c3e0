"""File names of the pages: safe on Windows, stable, short, and still readable.

A page is named after its node id: the type, a readable stem, and a short hash of the id
(so two ids that fold to the same stem, or differ only in letter case, still get two files).

>>> page_name("case:20210099")
'case-20210099-af86ecfb.html'
>>> page_name('platform:a<b>:c?"d|e*')
'platform-a_b_c_d_e-87843220.html'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

__all__ = ["page_name", "page_href", "MAX_STEM"]

#: Longest readable stem, in characters (keeps paths well under Windows' 260).
MAX_STEM = 32

_UNSAFE = re.compile(r"[^\w\-]+")  # \w keeps letters and digits of every script (Chinese too)


def _stem(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c)[0] not in "CZ" or c == " ")
    stem = _UNSAFE.sub("_", text).strip("_.-")
    return stem[:MAX_STEM].rstrip("_.-")


def page_name(node_id: str) -> str:
    """The file name of a node's page: ``{type}-{stem}-{hash8}.html``, free of ``:?*<>|"\\/``."""
    type_, _, key = node_id.partition(":")
    digest = hashlib.sha1(node_id.encode("utf-8")).hexdigest()[:8]
    prefix = _stem(type_).lower() or "node"
    stem = _stem(key)
    return f"{prefix}-{stem}-{digest}.html" if stem else f"{prefix}-{digest}.html"


def page_href(name: str, prefix: str = "") -> str:
    """A relative link to a page: ``prefix`` (a folder such as ``pages/``) and the name.

    Letters of any script stay as they are (pages are UTF-8; the browser encodes them when it
    follows the link), which keeps Chinese links short; anything else outside ``\\w-./`` is %-encoded.

    >>> page_href("platform-学习强安-7fc783f4.html", "pages/")
    'pages/platform-学习强安-7fc783f4.html'
    """
    return "".join(c if c.isalnum() or c in "-_./" else quote(c, safe="") for c in prefix + name)
