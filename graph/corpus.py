"""A corpus build: many files and folders → one graph, with a content-hash cache and processes.

>>> result = build_corpus(["tables/"], cache_dir="out/cache", jobs=2)   # doctest: +SKIP
>>> result.graph.number_of_nodes(), result.errors                         # doctest: +SKIP
(412, [])
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import networkx as nx

from extract.model import Mention, ProposalTable
from graph.build import add_mentions, add_table, new_graph
from graph.store import CacheEntries, collection_paused, objects_set_aside
from graph.workers import shared_map
from tiangraph.errors import InputError

__all__ = ["Input", "BuildResult", "CorpusPlan", "plan_corpus", "discover_inputs", "process_file", "build_corpus",
           "fingerprint", "code_fingerprint"]

READABLE = (".docx", ".txt", ".xlsx", ".text", ".tsv")

#: The folder that holds tiangraph's packages.
_ROOT = Path(__file__).resolve().parent.parent

#: Called with (input, state, done, total) as files are processed: state is "cached", "read" or "error".
Progress = Callable[["Input", str, int, int], None]


@dataclass(frozen=True)
class Input:
    """One file of a corpus: where it is and the name its evidence carries."""

    path: str
    name: str


@dataclass
class BuildResult:
    """The graph of a corpus build, the files it skipped and what was reused."""

    graph: nx.MultiDiGraph
    inputs: list[dict[str, Any]]
    errors: list[str] = field(default_factory=list)
    #: What the readers noticed but read past (columns they do not know, …).
    warnings: list[str] = field(default_factory=list)
    cache: dict[str, dict[str, Any]] = field(default_factory=CacheEntries)
    reused: int = 0
    read: int = 0
    #: Per file: its extraction result, its name, its collection id (the mentions are made from these).
    sources: list[tuple[dict[str, Any], str, str]] = field(default_factory=list, repr=False)
    #: Abbreviated unit names another table of the corpus writes in full.
    across: dict[str, str] = field(default_factory=dict, repr=False)

    def iter_mentions(self) -> Iterator[dict[str, Any]]:
        """Every mention as written to ``mentions.jsonl``, made one at a time (a 10,000-case corpus has
        a quarter of a million; they are not kept twice)."""
        for res, source, cid in self.sources:
            for m in _corpus_mentions(res, source, self.across):
                yield {**m, "collection": cid}

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Every mention, in file order (see :meth:`iter_mentions`)."""
        return list(self.iter_mentions())


def _corpus_mentions(res: dict[str, Any], source: str, across: dict[str, str]) -> list[dict[str, Any]]:
    """A file's mentions with their source, unit names another table writes in full put in."""
    return [{**m, **_in_corpus(m, source, across)} for m in res["mentions"]]


def _mention_objects(mentions: list[dict[str, Any]], source: str, across: dict[str, str]) -> list[Mention]:
    """Stored mentions of a file as :class:`Mention` objects in the corpus (see :func:`_corpus_mentions`),
    made straight from the stored dicts."""
    return [Mention.from_stored(m, **_in_corpus(m, source, across)) for m in mentions]


def _in_corpus(m: dict[str, Any], source: str, across: dict[str, str]) -> dict[str, str]:
    """What a stored mention changes in the corpus: its source, and the full name of a unit that
    another table writes in full."""
    if m["type"] == "Unit" and m["name"] in across:
        return {"source": source, "name": across[m["name"]]}
    return {"source": source}


def _walk(root: Path, seen: set[tuple[int, int]], problems: list[InputError]) -> Iterable[Path]:
    """Files below ``root`` in name order; loops are walked once, unreadable entries reported."""
    try:
        st = root.stat()
    except OSError as e:
        problems.append(InputError(f"cannot read ({e.strerror or e})", str(root)))
        return
    if (st.st_dev, st.st_ino) in seen:
        return
    seen.add((st.st_dev, st.st_ino))
    try:
        children = sorted(root.iterdir())
    except OSError as e:
        problems.append(InputError(f"cannot list folder ({e.strerror or e})", str(root)))
        return
    for child in children:
        if child.name.startswith((".", "~$")):
            continue
        try:
            is_dir = child.is_dir()
            child.stat()
        except OSError as e:
            problems.append(InputError(f"cannot read ({e.strerror or e}; a symlink loop or a broken link?)", str(child)))
            continue
        if is_dir:
            yield from _walk(child, seen, problems)
        elif child.suffix.lower() in READABLE:
            yield child


def discover_inputs(paths: Sequence[str | os.PathLike[str]],
                    problems: list[InputError] | None = None) -> list[Input]:
    """The files to read: named files as they are, folders searched for tables.

    A named file that does not exist raises :class:`InputError`; entries of folders that
    cannot be read are appended to ``problems`` (raised at once when it is None).
    """
    found: dict[str, Input] = {}
    local: list[InputError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in _walk(p, set(), local):
                rel = f.relative_to(p)
                found.setdefault(str(f.resolve()), Input(str(f), str(Path(p.resolve().name) / rel).replace(os.sep, "/")))
        elif p.exists():
            found.setdefault(str(p.resolve()), Input(str(p), p.name))
        else:
            raise InputError("no such file or folder", str(raw))
    if local and problems is None:
        raise local[0]
    if problems is not None:
        problems.extend(local)
    return sorted(found.values(), key=lambda i: (i.name, i.path))


#: The libraries whose versions what tiangraph writes depends on (reading, cutting words, folding
#: Traditional characters, the graph, its exports and pages).
_LIBRARIES = ("jieba", "opencc-python-reimplemented", "python-docx", "openpyxl", "networkx", "rdflib", "pyvis")


@lru_cache(maxsize=1)
def runtime() -> str:
    """The Python, its Unicode tables and the versions of :data:`_LIBRARIES` (``-``: not installed)."""
    import unicodedata
    from importlib import metadata

    parts = [f"python {sys.version_info[0]}.{sys.version_info[1]}", f"unicode {unicodedata.unidata_version}"]
    for name in _LIBRARIES:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    return "|".join(parts)


def fingerprint(alias_paths: Sequence[str] = (), encoding: str | None = None) -> str:
    """What a cached result depends on besides the file: tiangraph's version and data files, the
    Python and the libraries it runs with (:func:`runtime`)."""
    import tiangraph
    from extract.resources import DATA_DIR

    files = sorted(p for p in DATA_DIR.rglob("*") if p.is_file()) + [Path(a) for a in alias_paths]
    files += sorted((_ROOT / "extract").rglob("*.py"))
    return _digest(f"{tiangraph.__version__}|{encoding}|{runtime()}", [(f.name, f) for f in files])


def _digest(head: str, files: Iterable[tuple[str, Path]]) -> str:
    """A short digest of ``head`` and of each file's name and bytes, in order."""
    h = hashlib.sha256(head.encode())
    for name, f in files:
        h.update(name.encode() + b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


#: The packages whose files make a graph folder (the graph, its exports, the site), data files included.
_OUTPUT_PACKAGES = ("extract", "graph", "queries", "viz", "tiangraph")


#: Files in the package folders that are no part of tiangraph (editors' and the system's).
_NOT_OURS = ("~", ".swp", ".swo", ".bak", ".orig", ".pyc", ".pyo")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of tiangraph's version, the :func:`runtime` and every file of the packages that
    write a graph folder (not hidden files, editors' backups or compiled bytecode)."""
    import tiangraph

    files = [f for package in _OUTPUT_PACKAGES for f in sorted((_ROOT / package).rglob("*"))
             if f.is_file() and "__pycache__" not in f.parts and not f.name.startswith(".") and not f.name.endswith(_NOT_OURS)]
    return _digest(f"{tiangraph.__version__}|{runtime()}", [(f.relative_to(_ROOT).as_posix(), f) for f in files])


def _sha(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_file(path: str, encoding: str | None = None, alias_paths: Sequence[str] = ()) -> dict[str, Any]:
    """Parse and extract one file; the result is plain JSON data (cacheable, picklable)."""
    from extract import extract_table, shared_aliases
    from extract.readers import read_proposals

    table = read_proposals(path, encoding=encoding)
    mentions = extract_table(table, aliases=shared_aliases(alias_paths))
    return {"table": table.to_dict(), "mentions": [m.to_dict() for m in mentions]}


def _worker(args: tuple[str, str | None, tuple[str, ...]]) -> dict[str, Any]:
    path, encoding, alias_paths = args
    try:
        return {"ok": process_file(path, encoding, alias_paths)}
    except InputError as e:
        return {"error": str(e)}


@dataclass(frozen=True)
class CorpusPlan:
    """What a build of some paths would read: the files, their content hashes, the entries that
    could not be read (with ``keep_going``) and the extraction :func:`fingerprint`."""

    inputs: list[Input]
    hashes: dict[str, str]
    problems: list[InputError]
    fingerprint: str

    def key(self, **options: Any) -> str:
        """A digest of what a graph folder built from this plan depends on: every file's name
        and content, what could not be read, the alias files, tiangraph's own files, the Python
        and libraries it runs with (:func:`code_fingerprint`, :func:`fingerprint`) and the
        build's ``options`` (JSON values: the site, the exports, keep going). Two builds with the
        same key write the same folder, as long as nothing else they read (the word tables'
        dictionary, which comes with jieba) changed."""
        text = json.dumps({"code": code_fingerprint(), "extraction": self.fingerprint,
                           "inputs": [[i.name, self.hashes[i.path]] for i in self.inputs],
                           "problems": [str(p) for p in self.problems], "options": options},
                          ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:32]


def plan_corpus(paths: Sequence[str | os.PathLike[str]], *, encoding: str | None = None,
                alias_paths: Sequence[str] = (), keep_going: bool = False) -> CorpusPlan:
    """Find the files under ``paths`` and hash them (see :func:`discover_inputs`): without
    ``keep_going`` an entry that cannot be read raises :class:`InputError`, and so does a set
    of paths that holds no table."""
    problems: list[InputError] | None = [] if keep_going else None
    found = discover_inputs(paths, problems)
    if not found and not problems:
        raise InputError("no proposal tables (.docx, .txt, .xlsx) found", ", ".join(map(str, paths)))
    inputs, hashes = [], {}
    for i in found:
        try:
            hashes[i.path] = _sha(i.path)
        except OSError as e:
            error = InputError(f"cannot read ({e.strerror or e})", i.path)
            if problems is None:
                raise error from None
            problems.append(error)
            continue
        inputs.append(i)
    return CorpusPlan(inputs, hashes, problems or [], fingerprint(alias_paths, encoding))


def build_corpus(
    paths: Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    encoding: str | None = None,
    alias_paths: Sequence[str] = (),
    cache: dict[str, dict[str, Any]] | None = None,
    keep_going: bool = False,
    progress: Progress | None = None,
    plan: CorpusPlan | None = None,
) -> BuildResult:
    """Read every table under ``paths`` and build one graph.

    ``cache`` maps a file's content hash to an earlier :func:`process_file` result; files
    whose hash and :func:`fingerprint` match are not read again. Without ``keep_going``
    the first bad file raises :class:`InputError`; with it, bad files are listed in
    ``errors`` and the rest is built. ``plan`` is :func:`plan_corpus` of the same arguments,
    when the caller has made it already.
    """
    if plan is None:
        plan = plan_corpus(paths, encoding=encoding, alias_paths=alias_paths, keep_going=keep_going)
    inputs, hashes, fp = plan.inputs, plan.hashes, plan.fingerprint
    cache = cache or {}
    results: dict[str, dict[str, Any]] = {}
    todo: list[Input] = []
    reused = done = 0
    for i in inputs:
        hit = cache.get(hashes[i.path])
        if hit and hit.get("fingerprint") == fp:
            results[i.path] = hit
            reused += 1
            done += 1
            if progress:
                progress(i, "cached", done, len(inputs))
        else:
            todo.append(i)
    errors: list[str] = [str(p) for p in plan.problems]
    failed: set[str] = set()
    assembler = _Assembler(inputs, hashes, alias_paths, cache)
    with objects_set_aside() as keep:
        for i, out in _run(todo, encoding, tuple(alias_paths), jobs):
            done += 1
            if "error" in out:
                if not keep_going:
                    raise InputError(out["error"])
                errors.append(out["error"])
                failed.add(i.path)
                if progress:
                    progress(i, "error", done, len(inputs))
            else:
                results[i.path] = {"fingerprint": fp, **out["ok"]}
                if progress:
                    progress(i, "read", done, len(inputs))
            assembler.catch_up(results, failed)  # into the graph while the other processes read on
            keep()
        with collection_paused():
            assembler.catch_up(results, failed)  # the files read before, after the last one read now
            return assembler.result(errors, reused, len(todo) - len(failed))


def _run(todo: list[Input], encoding: str | None, alias_paths: tuple[str, ...], jobs: int):
    """Each file of ``todo`` with its :func:`_worker` result, in order: with ``jobs`` above one,
    read by ``jobs - 1`` helper processes and this one (:func:`graph.workers.shared_map`)."""
    args = [(i.path, encoding, alias_paths) for i in todo]
    for out, i in zip(shared_map(_worker, args, jobs), todo):
        yield i, out


class _Assembler:
    """The graph of a corpus, a file's result at a time in the corpus's order, so that it is put
    together while other processes still read.

    A unit one table names by an abbreviation may be written in full by a table further on
    (:func:`extract.mentions.corpus_unit_names`): the mentions of abbreviations that the rules
    can write out wait, and go into the graph when every file is in, under the full name where
    another table writes it. The graph is the same as when all mentions went in with their tables.
    """

    def __init__(self, inputs: list[Input], hashes: dict[str, str], alias_paths: Sequence[str] = (),
                 old_cache: dict[str, dict[str, Any]] | None = None) -> None:
        from extract.structured import unit_namer

        self.G = new_graph()
        self.upcoming = deque(inputs)  # the inputs not yet in the graph, which takes them in this order
        self.hashes = hashes
        self.namer = unit_namer(alias_paths)
        self.sources: list[tuple[dict[str, Any], str, str]] = []
        self.manifest: list[dict[str, Any]] = []
        self.cache = CacheEntries(getattr(old_cache, "path", None))
        self.old_cache = old_cache
        self.warnings: list[str] = []
        self.unit_names: set[str] = set()  # every unit name mentioned so far
        self.written_out: dict[str, str] = {}  # those of them the rules write out → their full names
        self.waiting: list[tuple[dict[str, Any], str, str]] = []  # (result, source, collection) of files with such mentions

    def catch_up(self, results: dict[str, dict[str, Any]], failed: set[str]) -> None:
        """Put into the graph, in the corpus's order, each input whose turn has come and whose result
        is in (``results``, by path); one that could not be read (``failed``) is passed over."""
        with collection_paused():
            while self.upcoming and (self.upcoming[0].path in results or self.upcoming[0].path in failed):
                i = self.upcoming.popleft()
                if i.path in results:
                    self.add(i, results[i.path])

    def add(self, i: Input, res: dict[str, Any]) -> None:
        """Put the file ``i``'s result ``res`` into the graph, bar its mentions of abbreviations."""
        from extract.mentions import unit_names_written_out

        table = ProposalTable.from_dict(res["table"])
        self.warnings.extend(table.warnings)
        names = {m["name"] for m in res["mentions"] if m["type"] == "Unit"} - self.unit_names
        self.unit_names |= names
        self.written_out.update(unit_names_written_out(names))
        written_out = self.written_out
        now = [m for m in res["mentions"] if m["type"] != "Unit" or m["name"] not in written_out]
        cid = add_table(self.G, table, _mention_objects(now, i.name, {}), unit_name=self.namer, source=i.name)
        if len(now) < len(res["mentions"]):
            self.waiting.append((res, i.name, cid))
        self.sources.append((res, i.name, cid))
        sha = self.hashes[i.path]
        self.manifest.append({"name": i.name, "sha256": sha, "collection": cid, "cases": len(table.cases),
                              "mentions": len(res["mentions"])})
        self.cache[sha] = res
        old_lines: dict[str, tuple[int, int]] = getattr(self.old_cache, "lines", {})
        if sha in old_lines and self.old_cache is not None and self.old_cache.get(sha) is res:
            self.cache.lines[sha] = old_lines[sha]  # unchanged: its cache line is copied, not encoded again

    def result(self, errors: list[str], reused: int, read: int) -> BuildResult:
        """The graph with the mentions that waited, and what the build did."""
        across = {name: full for name, full in self.written_out.items() if full in self.unit_names}
        for res, source, cid in self.waiting:
            later = [m for m in res["mentions"] if m["type"] == "Unit" and m["name"] in self.written_out]
            add_mentions(self.G, _mention_objects(later, source, across), cid, source)
        return BuildResult(graph=self.G, sources=self.sources, across=across, inputs=self.manifest, errors=errors,
                           warnings=self.warnings, cache=self.cache, reused=reused, read=read)
