"""The finders compiled to C with mypyc, used in place of their sources when built for them.

The finders are plain, fully typed Python, and they are where a build spends its time.
:func:`build` compiles them with mypyc (which needs mypy and a C compiler: ``pip install
'tiangraph[native]'``; ``make install`` does both) into a folder of the cache named after a
hash of the ``extract`` package's sources and the interpreter. :func:`enable`, run when
``extract`` is imported, looks for the folder of the sources as they are now and, when it is
there, loads the compiled modules instead of the sources. The output is the same either way (the
tests compare the two on every table they have); only the speed differs.

So an edited source, another Python, no compiler (Windows without Visual C++) or
``TIANGRAPH_PURE=1`` in the environment simply means the sources run. A build writes its folder
whole or not at all. The folder is :func:`native_dir`: the virtual environment's, as a rule.

    tiangraph native build     # compile (a minute or two), or say it is built already
    tiangraph native status    # which is in use, and why
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from extract.cachedir import cache_dir
from tiangraph.errors import TiangraphError

__all__ = ["MODULES", "NativeBuildError", "Status", "build", "enable", "native_dir", "source_key", "status"]

#: The modules compiled: the finders and the case-level extraction over them. Not the package
#: ``__init__`` files, the readers, the alias registry (tests replace its functions) or the word cache.
MODULES = (
    "extract.finders.segment",
    "extract.finders.base",
    "extract.finders.lexicon",
    "extract.finders.dictionary",
    "extract.finders.document",
    "extract.finders.framework",
    "extract.finders.listed",
    "extract.finders.person",
    "extract.finders.platform",
    "extract.finders.site",
    "extract.finders.unit",
    "extract.mentions",
)

#: Bumped when the layout of a build folder changes.
_FORMAT = "1"
_PACKAGE = Path(__file__).resolve().parent
_MANIFEST = "manifest.json"
_KEEP = 3  # builds kept in the folder: the newest, for other checkouts or versions in use


class NativeBuildError(TiangraphError):
    """The finders could not be compiled (the sources still run)."""


@dataclass(frozen=True)
class Status:
    """Whether the compiled finders are in use, and why (not)."""

    active: bool
    reason: str
    folder: Path | None


_status = Status(False, "not looked for yet", None)


def native_dir() -> Path | None:
    """The folder holding the builds: ``$TIANGRAPH_NATIVE_DIR``; else, in a virtual environment, its
    ``tiangraph-native`` folder (the builds are for its interpreter, and go with it); else ``native``
    in the cache folder (None when no such folder can be named)."""
    explicit = os.environ.get("TIANGRAPH_NATIVE_DIR")
    if explicit:
        return Path(explicit)
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "tiangraph-native"
    base = cache_dir()
    return base / "native" if base is not None else None


def source_key(package: Path = _PACKAGE) -> str:
    """A hash of every source of ``package`` (the compiled modules' types come from the others too),
    this interpreter and the build layout: the name of the build made from them."""
    return _key(_snapshot(package))


def _key(snapshot: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}\0{sysconfig.get_config_var('EXT_SUFFIX')}\0".encode())
    for name, data in snapshot:
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()[:24]


def _snapshot(package: Path) -> list[tuple[str, bytes]]:
    """The package's modules as they are now, read once, in a fixed order: not the scripts that make
    its data files, nor editors' lock and backup files (``.#site.py``)."""
    sources = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if "data" in relative.parts[:-1] or any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        sources.append((relative.as_posix(), path.read_bytes()))
    return sources


def status() -> Status:
    """Whether the compiled finders are in use in this process, and why (not)."""
    return _status


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of one build, by their full names."""

    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        self.folder, self.files = folder, files

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(name)
        if file is None:
            return None
        location = str(self.folder / file)
        return importlib.util.spec_from_file_location(name, location, loader=importlib.machinery.ExtensionFileLoader(name, location))


def enable() -> Status:
    """Load the compiled modules instead of their sources from now on, when a build of the sources as
    they are is at hand. Must run before any of :data:`MODULES` is imported (``extract`` does).
    Whatever is wrong with a build, the sources run: this never makes ``import extract`` fail."""
    global _status
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _status
    try:
        _status = _find()
    except Exception as error:  # noqa: BLE001 - a source unreadable while hashed, a manifest of another shape …
        _status = Status(False, f"the compiled finders cannot be looked for ({error!r}): the sources run", None)
    return _status


def _find() -> Status:
    if os.environ.get("TIANGRAPH_PURE"):
        return Status(False, "TIANGRAPH_PURE is set: the sources run", None)
    base = native_dir()
    if base is None:
        return Status(False, "no cache folder can be named: the sources run", None)
    folder = base / source_key()
    manifest = _manifest(folder)
    if manifest is None:
        return Status(False, f"not built for these sources (`tiangraph native build` makes {folder})", None)
    files, group = manifest
    if not all((folder / f).is_file() for f in files.values()):
        return Status(False, f"the build in {folder} is incomplete (`tiangraph native build` makes it again): the sources run", None)
    if any(name in sys.modules for name in MODULES):
        return Status(False, "the sources were imported first: they run", None)
    before = set(sys.modules)
    finder = _Finder(folder, files)
    sys.meta_path.insert(0, finder)
    try:
        for name in (group, *MODULES):  # all of them now: one that fails later would fail ``import extract``
            _load(name)
    except Exception as error:  # noqa: BLE001 - a damaged file, a build another interpreter made, one deleted meanwhile
        sys.meta_path.remove(finder)
        for name in set(sys.modules) - before:
            if name == group or name.startswith("extract."):
                del sys.modules[name]  # what the attempt imported is imported again from the sources
        return Status(False, f"the build in {folder} does not load ({error}; `tiangraph native build` makes it again): "
                             "the sources run", None)
    return Status(True, f"compiled finders from {folder}", folder)


def _manifest(folder: Path) -> tuple[dict[str, str], str] | None:
    """The module files and group module of a build, or None when its manifest is missing or wrong."""
    try:
        manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
        files, group = manifest["files"], manifest["group"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (isinstance(files, dict) and isinstance(group, str) and all(isinstance(v, str) for v in files.values())
            and sorted(files) == sorted(MODULES + (group,))):
        return None
    return files, group


def _load(name: str) -> ModuleType:
    __import__(name)
    return sys.modules[name]


def build(quiet: bool = True) -> Path:
    """Compile :data:`MODULES` for the sources as they are and this interpreter; the build's folder.

    Nothing is done when that build is there already and loads (tried in a child process). The
    compiler runs in a temporary folder on a copy of the very bytes the key was made of; the build's
    folder appears whole (renamed into place) or not at all, and a damaged or half-made one in its
    way is moved aside first. Raises :class:`NativeBuildError` in one line when it fails: mypyc's or
    the compiler's last words, or the file that could not be written."""
    base = native_dir()
    if base is None:
        raise NativeBuildError("no cache folder can be named: set TIANGRAPH_NATIVE_DIR")
    try:
        return _build(base, quiet)
    except OSError as error:
        raise NativeBuildError(f"cannot write {error.filename or base}: {error.strerror or error}") from error


def _build(base: Path, quiet: bool) -> Path:
    snapshot = _snapshot(_PACKAGE)
    key = _key(snapshot)
    folder = base / key
    if folder.exists():
        if _manifest(folder) is not None and _loads(base):
            return folder
        _discard(folder)  # damaged, incomplete or half-made: out of the way, then made again
    if importlib.util.find_spec("mypyc") is None:
        raise NativeBuildError("mypyc is not installed: pip install 'tiangraph[native]' (the sources run meanwhile)")
    base.mkdir(parents=True, exist_ok=True)
    _sweep(base)
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    with tempfile.TemporaryDirectory(prefix="build-", dir=base) as work:
        root = Path(work)
        for name, data in snapshot:
            target = root / "extract" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        sources = [name.replace(".", "/") + ".py" for name in MODULES]
        command = [sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent", *sources]
        env = dict(os.environ, MYPYPATH=str(root), MYPY_CACHE_DIR=str(root / ".mypy_cache"))
        env.pop("PYTHONPATH", None)
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, errors="replace")
        if not quiet:
            sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        if done.returncode != 0:
            raise NativeBuildError(f"mypyc failed (exit {done.returncode}): {_last_words(done.stdout + done.stderr)}")
        files = {name: name.replace(".", "/") + suffix for name in MODULES}
        groups = [p.name for p in root.glob(f"*__mypyc{suffix}")]
        missing = [f for f in files.values() if not (root / f).is_file()]
        if len(groups) != 1 or missing:
            raise NativeBuildError(f"mypyc wrote no module for {', '.join(missing) or 'the group'}")
        group = groups[0][: -len(suffix)]
        files[group] = groups[0]
        stage = root / "stage"
        for file in files.values():
            (stage / file).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / file, stage / file)
        (stage / _MANIFEST).write_text(json.dumps({"key": key, "group": group, "files": files}, indent=1), encoding="utf-8")
        try:
            os.replace(stage, folder)
        except OSError:
            if _manifest(folder) is None:  # not another process's build of the same key, which got there first
                raise
    try:
        _remove_old(base, keep=folder)
    except OSError:
        pass  # another process cleaning up at the same time: nothing is lost
    return folder


def _loads(base: Path) -> bool:
    """True when a fresh process finds the build of these sources in ``base`` and loads it."""
    env = dict(os.environ, TIANGRAPH_NATIVE_DIR=str(base))
    env.pop("TIANGRAPH_PURE", None)
    code = "import sys; from extract import native; sys.exit(0 if native.status().active else 1)"
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=_PACKAGE.parent, capture_output=True).returncode == 0


def _discard(folder: Path) -> None:
    """Move a build folder aside, then delete what can be deleted (a loaded module's file may not be)."""
    trash = folder.with_name(f"trash-{folder.name}-{os.getpid()}")
    os.replace(folder, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _sweep(base: Path) -> None:
    """Delete what killed builds and discarded ones left behind: work folders a day old, trash."""
    day_ago = time.time() - 86400
    for path in base.iterdir():
        try:
            if path.name.startswith("trash-") or path.name.startswith("build-") and path.stat().st_mtime < day_ago:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass


def _last_words(output: str) -> str:
    """The line of a compiler's output that says what went wrong (the last error, or the last line)."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if re.search(r"\berror\b", line, re.IGNORECASE)]
    return (errors or lines or ["no output"])[-1][:300]


def _remove_old(base: Path, keep: Path) -> None:
    """Delete all but the newest builds (a loaded module's file stays usable where the system allows)."""
    builds = sorted((p for p in base.iterdir() if p.is_dir() and (p / _MANIFEST).is_file() and p != keep),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[_KEEP - 1 :]:
        _discard(old)
