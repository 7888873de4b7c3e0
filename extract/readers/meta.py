"""Document metadata: title, owning unit (单位：…), compiled date (整理时间：…), year."""

from __future__ import annotations

import re

from extract.model import ProposalTable

__all__ = ["apply_metadata", "BOOKMARK"]

#: Word bookmark markers left by a plain-text export, e.g. ``[bookmark: OLE_LINK2]``.
BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")

_UNIT = re.compile(r"(?:填报|承办|报送)?单位(?:名称)?\s*[:：]\s*([^\s:：]+?)(?=\s|$|整理|时间|日期)")
_DATE = re.compile(r"(?:整理|填报|报送)?(?:时间|日期)\s*[:：]\s*([0-9０-９]{4}\s*年(?:\s*[0-9０-９]{1,2}\s*月)?(?:\s*[0-9０-９]{1,2}\s*日)?|[0-9]{4}[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?)")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


def apply_metadata(doc: ProposalTable, paragraphs: list[str]) -> ProposalTable:
    """Fill title, unit, compiled date and year from the paragraphs before the table.

    >>> d = apply_metadata(ProposalTable("x"), ["市应急管理局2021年提案工作清单表", "单位：市应急管理局   整理时间：2021年10月"])
    >>> d.title, d.unit, d.compiled, d.year
    ('市应急管理局2021年提案工作清单表', '市应急管理局', '2021年10月', 2021)
    """
    lines = [BOOKMARK.sub("", p).strip() for p in paragraphs]
    lines = [p for p in lines if p]
    for line in lines:
        if not doc.title and not _UNIT.search(line) and not _DATE.search(line):
            doc.title = line
        if not doc.unit and (m := _UNIT.search(line)):
            doc.unit = m.group(1)
        if not doc.compiled and (m := _DATE.search(line)):
            doc.compiled = re.sub(r"\s+", "", m.group(1))
    for text in (doc.title, doc.compiled):
        if doc.year is None and text and (m := _YEAR.search(text) or re.match(r"((?:19|20)\d{2})", text)):
            doc.year = int(m.group(1))
    if not doc.unit and doc.title:
        m = re.match(r"(.+?(?:局|委员会|委|办公室|办|院|中心|政府))(?:[0-9]{4}|关于|提案|建议)", doc.title)
        if m:
            doc.unit = m.group(1)
    return doc
