"""The graph folder: ``graph.json`` (node-link), ``mentions.jsonl``, ``manifest.json``, a cache.

Writes are atomic: everything goes to a sibling temporary folder that replaces the old one
only when complete, so an interrupted build leaves the previous folder as it was.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import networkx as nx

from tiangraph.errors import InputError

__all__ = ["graph_to_data", "graph_from_data", "write_graph_json", "read_graph", "write_graph",
           "read_cache", "CacheEntries", "up_to_date", "collection_paused", "objects_set_aside", "atomic_dir", "recover_dir", "GRAPH_FILE"]

GRAPH_FILE = "graph.json"
MENTIONS_FILE = "mentions.jsonl"
MANIFEST_FILE = "manifest.json"
CACHE_FILE = "cache.jsonl"


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for a block that makes many objects that outlive
    it and no reference cycles: reading the cache, assembling the graph, writing it. Each full
    collection walks every object alive, and a 10,000-case graph holds millions of them: the
    collector took 2.2 s of a 16 s rebuild. Nested blocks resume it when the outermost one ends."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def objects_set_aside() -> Iterator[Callable[[], None]]:
    """A block in which the objects alive at its start, and those it keeps, are left out of the
    garbage collector's passes (``gc.freeze``) and handed back at its end (``gc.unfreeze``).

    Each full pass walks every object alive, and a graph of 10,000 cases is millions of them: the
    walks took a tenth of a large site's writing and 3.4 s of a 10,000-case build. The function
    the block is given collects the garbage made since and sets what is left aside too: a build
    calls it after each file, so that the results read before are not walked again. Worker
    processes forked inside the block do not walk what they inherit either, and so do not copy
    it (each walk writes to the objects' pages): a sixth of their CPU time at 2,000 cases. When the
    collector is off, or the caller has set objects aside already, nothing is done."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield lambda: None  # the collector is the caller's to manage
        return

    def keep() -> None:
        gc.collect()
        gc.freeze()

    gc.freeze()
    try:
        yield keep
    finally:
        gc.unfreeze()


def graph_to_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data with nodes and edges in a fixed order (for byte-identical output)."""
    nodes = [{"id": n, **{k: G.nodes[n][k] for k in sorted(G.nodes[n])}} for n in sorted(G.nodes)]
    edges = [{"source": u, "target": v, "key": k, **{a: d[a] for a in sorted(d)}}
             for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))]
    return {"directed": True, "multigraph": True, "graph": dict(sorted(G.graph.items())), "nodes": nodes, "edges": edges}


def graph_from_data(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The inverse of :func:`graph_to_data`."""
    G = nx.MultiDiGraph()
    G.graph.update(data.get("graph", {}))
    for n in data["nodes"]:
        attrs = dict(n)
        G.add_node(attrs.pop("id"), **attrs)
    for e in data["edges"]:
        attrs = dict(e)
        u, v, k = attrs.pop("source"), attrs.pop("target"), attrs.pop("key")
        G.add_edge(u, v, key=k, **attrs)
    return G


#: ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``, its encoder made once rather than per call.
_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=False, separators=(",", ":")).encode


def write_graph_json(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``graph.json``: one node or edge per line, so diffs stay readable.

    The same bytes as ``graph_to_data`` dumped in order, written a line at a time: at 10,000
    cases the graph's text is some 200 MB, and no copy of it is held in memory.
    """
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"directed":true,"multigraph":true,"graph":' + _dumps(dict(sorted(G.graph.items()))) + ',\n"nodes":[\n')
        nodes = G.nodes
        _write_lines(f, ({"id": n, **{k: attrs[k] for k in sorted(attrs)}} for n in sorted(nodes) for attrs in (nodes[n],)))
        f.write('\n],\n"edges":[\n')
        edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
        _write_lines(f, ({"source": u, "target": v, "key": k, **{a: attrs[a] for a in sorted(attrs)}} for u, v, k, attrs in edges))
        f.write("\n]}\n")


def _write_lines(f: Any, items: Any) -> None:
    """Items as JSON, one a line, separated by commas (no comma after the last)."""
    first = True
    for item in items:
        if not first:
            f.write(",\n")
        f.write(_dumps(item))
        first = False


def read_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph folder (or its ``graph.json``) written by ``tiangraph build``."""
    p = Path(path)
    if p.is_dir():
        p = p / GRAPH_FILE
    if not p.exists():
        raise InputError(f"no graph here; build one with `tiangraph build FILE... -o {Path(path)}`", str(p))
    try:
        with open(p, encoding="utf-8") as f:
            return graph_from_data(json.load(f))
    except (json.JSONDecodeError, KeyError, UnicodeDecodeError) as e:
        raise InputError(f"not a tiangraph graph file ({type(e).__name__}: {e})", str(p)) from None


class CacheEntries(dict):  # type: ignore[type-arg]
    """Earlier per-file results by content hash (:func:`read_cache`), with where each one's line is
    in the cache file it was read from: an unchanged file's line is copied into the next cache
    rather than encoded again."""

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.path = path
        #: content hash → (byte offset, length) of its line in ``path``
        self.lines: dict[str, tuple[int, int]] = {}


def read_cache(out_dir: str | os.PathLike[str], fingerprint: str | None = None) -> CacheEntries:
    """The per-file cache of an earlier build in ``out_dir`` (empty when there is none or it is damaged).

    With ``fingerprint`` (see :func:`graph.corpus.fingerprint`), only the entries made by this very
    tiangraph and data are read: after an upgrade the old cache, as large as the corpus's
    mentions, is not loaded just to be thrown away.
    """
    p = Path(out_dir) / "cache" / CACHE_FILE
    cache = CacheEntries(str(p))
    if not p.exists():
        return cache
    mark = f'"fingerprint":"{fingerprint}"'.encode() if fingerprint else b""
    offset = 0
    try:
        with collection_paused(), open(p, "rb") as f:
            for line in f:
                start, offset = offset, offset + len(line)
                if mark and mark not in line[:200]:
                    continue
                entry = json.loads(line)
                cache[entry["sha256"]] = entry["result"]
                cache.lines[entry["sha256"]] = (start, len(line))
    except (OSError, ValueError, KeyError, TypeError):
        return CacheEntries()
    return cache


def _write_cache(cache: dict[str, dict[str, Any]], path: Path) -> None:
    """One line per file, in hash order; lines of results read from an earlier cache are copied."""
    lines: dict[str, tuple[int, int]] = getattr(cache, "lines", {}) if getattr(cache, "path", None) else {}
    old = None
    if lines:
        try:
            old = open(cache.path, "rb")  # type: ignore[attr-defined]
        except OSError:
            lines = {}
    try:
        with open(path, "wb") as f:
            for sha in sorted(cache):
                line = _line_at(old, lines[sha], sha) if sha in lines else None
                f.write(line if line is not None else (_dumps({"sha256": sha, "result": cache[sha]}) + "\n").encode())
    finally:
        if old is not None:
            old.close()


def _line_at(f: Any, span: tuple[int, int], sha: str) -> bytes | None:
    """The line of ``sha`` at ``span`` in an earlier cache file, or None if it is not there any more."""
    try:
        f.seek(span[0])
        line = f.read(span[1])
    except OSError:
        return None
    return line if line.startswith(b'{"sha256":"' + sha.encode() + b'",') and line.endswith(b"\n") else None


def recover_dir(out_dir: Path) -> None:
    """Put back the previous folder if a build was stopped between its two renames."""
    if out_dir.exists():
        return
    olds = sorted(out_dir.parent.glob(f".{out_dir.name}.old-*"))
    if olds:
        olds[-1].rename(out_dir)


@contextmanager
def atomic_dir(out_dir: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary folder that replaces ``out_dir`` when the block ends without error."""
    target = Path(out_dir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_dir(target)
    if target.exists() and not target.is_dir():
        raise InputError("exists and is not a folder", str(out_dir))
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        target.rename(old)
    tmp.rename(target)
    os.chmod(target, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_graph(result: Any, out_dir: str | os.PathLike[str], extra: Any = None, key: str | None = None) -> Path:
    """Write a :class:`graph.corpus.BuildResult` to ``out_dir`` atomically.

    ``extra``, if given, is called with the temporary folder to add more files (the site)
    before the folder is put in place. ``key`` (:meth:`graph.corpus.CorpusPlan.key`) is kept in
    the manifest, with the number and size of the files written, for :func:`up_to_date`.
    """
    with atomic_dir(out_dir) as tmp:
        with collection_paused():
            write_graph_json(result.graph, tmp / GRAPH_FILE)
            with open(tmp / MENTIONS_FILE, "w", encoding="utf-8", newline="\n") as f:
                for m in result.iter_mentions():
                    f.write(_dumps(m) + "\n")
            (tmp / "cache").mkdir()
            _write_cache(result.cache, tmp / "cache" / CACHE_FILE)
        if extra is not None:
            extra(tmp)
        manifest = {"inputs": result.inputs, "errors": result.errors, "warnings": result.warnings,
                    "counts": _counts(result.graph), "build": key, "output": _output_size(tmp)}
        with open(tmp / MANIFEST_FILE, "w", encoding="utf-8", newline="\n") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return Path(out_dir)


#: Files a file browser leaves in a folder it shows.
_BROWSER_FILES = frozenset({"Thumbs.db", "desktop.ini"})


def _output_size(folder: Path) -> dict[str, int]:
    """The number of files in a graph folder and their bytes, the manifest, hidden files and file
    browsers' files left out."""
    files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            if root == str(folder) and name == MANIFEST_FILE or name.startswith(".") or name in _BROWSER_FILES:
                continue
            files += 1
            size += os.stat(os.path.join(root, name)).st_size
    return {"files": files, "bytes": size}


def up_to_date(out_dir: str | os.PathLike[str], key: str) -> dict[str, Any] | None:
    """The manifest of ``out_dir`` when its build had this ``key`` and it holds as many files, of as
    many bytes in all, as that build wrote; else None (the folder is missing, was built otherwise,
    or lost or gained files since). A file edited to the same size is not noticed:
    ``tiangraph build --force`` writes the folder anew."""
    folder = Path(out_dir)
    try:
        with open(folder / MANIFEST_FILE, encoding="utf-8") as f:
            manifest = json.load(f)
        if not isinstance(manifest, dict) or manifest.get("build") != key or manifest.get("output") != _output_size(folder):
            return None
    except (OSError, ValueError):
        return None
    return manifest


def _counts(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    nodes: dict[str, int] = {}
    edges: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        nodes[d["type"]] = nodes.get(d["type"], 0) + 1
    for _, _, d in G.edges(data=True):
        edges[d["type"]] = edges.get(d["type"], 0) + 1
    return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}
