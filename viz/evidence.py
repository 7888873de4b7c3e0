"""Evidence of the links: which case, suggestion and column named an entity, in which sentence.

>>> split_sentence("开发学习强安APP。", "学习强安")
('开发', '学习强安', 'APP。')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import networkx as nx

from graph import schema as S
from viz.labels import FIELD_LABEL, FIELD_ORDER

__all__ = ["Evidence", "split_sentence", "field_text", "mention_evidence", "evidence_into", "evidence_from",
           "mentions_from", "first_evidence"]


@dataclass(frozen=True)
class Evidence:
    """One MENTIONS edge as the pages show it: the sentence cut around the mention."""

    owner: str                 # the Case or Suggestion node that mentions
    entity: str                # the entity node mentioned
    case: str
    suggestion: int | None
    field: str
    before: str
    mention: str
    after: str
    source: str

    @property
    def column(self) -> str:
        """The column the sentence was read from, as the table names it."""
        return FIELD_LABEL.get(self.field, self.field)

    def sort_key(self) -> tuple[Any, ...]:
        """Table order. :func:`first_evidence` reads its first three items off the edge: keep them in step."""
        return (self.case, self.suggestion or 0, FIELD_ORDER.get(self.field, 9), self.before, self.mention,
                self.entity, self.owner)


def split_sentence(sentence: str, text: str, at: int | None = None) -> tuple[str, str, str]:
    """``sentence`` cut into (before, mention, after); ``at`` is where ``text`` starts, when known."""
    if text and at is not None and 0 <= at and sentence[at:at + len(text)] == text:
        i = at
    else:
        i = sentence.find(text) if text else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], text, sentence[i + len(text):]


def field_text(G: nx.MultiDiGraph, owner: str, field: str) -> str:
    """The full text of a field of a Case (``title``) or Suggestion node."""
    node = G.nodes[owner]
    if node.get("type") == S.CASE:
        return str(node.get("title") or "") if field == "title" else ""
    return str(node.get("text" if field == "suggestion" else field) or "")


def mention_evidence(G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> Evidence:
    """The :class:`Evidence` of one MENTIONS edge ``u → v`` with attributes ``d``."""
    sentence = str(d.get("sentence") or "")
    text = str(d.get("text") or "")
    field = str(d.get("field") or "")
    at = None
    offset = field_text(G, u, field).find(sentence) if sentence else -1
    if offset >= 0 and isinstance(d.get("start"), int):
        at = d["start"] - offset     # start/end index the field, not the sentence
    before, mention, after = split_sentence(sentence or text, text, at)
    return Evidence(owner=u, entity=v, case=str(d.get("case") or G.nodes[u].get("case") or ""),
                    suggestion=d.get("suggestion"), field=field, before=before, mention=mention, after=after,
                    source=str(d.get("source") or ""))


def _mentions(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, dict[str, Any]]]) -> Iterator[Evidence]:
    for u, v, d in edges:
        if d.get("type") == S.MENTIONS:
            yield mention_evidence(G, u, v, d)


def evidence_into(G: nx.MultiDiGraph, entity: str) -> list[Evidence]:
    """Every mention of ``entity``, in table order."""
    return sorted(_mentions(G, G.in_edges(entity, data=True)), key=Evidence.sort_key)


def mentions_from(G: nx.MultiDiGraph, case_node: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """The edges out of a case and out of its suggestions (its MENTIONS among them)."""
    owners = [case_node] + [v for _, v, d in G.out_edges(case_node, data=True) if d.get("type") == S.HAS_SUGGESTION]
    return iter(G.out_edges(owners, data=True))


def evidence_from(G: nx.MultiDiGraph, case_node: str) -> list[Evidence]:
    """Every mention made by a case: in its title and in its suggestions, in table order."""
    return sorted(_mentions(G, mentions_from(G, case_node)), key=Evidence.sort_key)


def first_evidence(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, dict[str, Any]]],
                   cap: int) -> tuple[list[Evidence], int]:
    """The first ``cap`` :class:`Evidence` of the MENTIONS among ``edges`` in table order, and how many there are.

    The same as cutting the sorted list of all of them, but a sentence is only split for a
    mention that can be among the first ``cap``: the order starts with case, suggestion and
    column, which the edge tells without any splitting.
    """
    found = [(u, v, d) for u, v, d in edges if d.get("type") == S.MENTIONS]
    chosen = found
    if len(found) > cap:
        # (case, suggestion, column) as Evidence.sort_key starts: the first cap are among those up to the cap-th
        heads = [(str(d.get("case") or G.nodes[u].get("case") or ""), d.get("suggestion") or 0,
                  FIELD_ORDER.get(str(d.get("field") or ""), 9)) for u, _, d in found]
        last = sorted(heads)[cap - 1] if cap > 0 else None
        chosen = [e for e, h in zip(found, heads) if last is not None and h <= last]
    evidence = sorted((mention_evidence(G, u, v, d) for u, v, d in chosen), key=Evidence.sort_key)
    return evidence[:cap], len(found)
