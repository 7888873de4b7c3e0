"""Node positions computed once in Python, so the browser draws without running physics.

Pure Python and seeded: the same view always gets the same positions (rounded to whole
pixels), which keeps pages byte-identical from one build to the next.

>>> pos = radial_layout("a", {"a": None, "b": "a", "c": "a"}, {"a": 0, "b": 1, "c": 1})
>>> pos["a"]
(0, 0)
"""

from __future__ import annotations

import math
import random
from typing import Hashable, Mapping, Sequence, TypeVar

__all__ = ["radial_layout", "force_layout", "cluster_layout", "spread", "SPACING", "FORCE_MAX_NODES"]

N = TypeVar("N", bound=Hashable)

#: Distance between neighbouring nodes, in pixels at zoom 1.
SPACING = 130.0
#: Above this many nodes the O(n²) force layout gives way to :func:`cluster_layout`.
FORCE_MAX_NODES = 250
_GOLDEN = math.pi * (3 - math.sqrt(5))
#: :func:`spread` screens pairs (see :func:`_push_apart`) in layouts of more than this many nodes: large
#: views crowd many far-apart nodes into a cell, while in small ones most pairs of a cell are pushed.
_SCREEN_ABOVE = 500


def _rounded(pos: Mapping[N, tuple[float, float]]) -> dict[N, tuple[int, int]]:
    return {n: (int(round(x)), int(round(y))) for n, (x, y) in pos.items()}


def radial_layout(focus: N, parent: Mapping[N, N | None], depth: Mapping[N, int],
                  spacing: float = SPACING, aspect: float = 2.2) -> dict[N, tuple[int, int]]:
    """Rings around ``focus``: one ring per depth, each node near the angle of its parent.

    ``parent`` and ``depth`` come from a breadth-first walk; the order of ``parent``'s keys
    is the order nodes are laid out in on each ring. Rings are ellipses ``aspect`` times
    wider than tall: labels are wide, and screens too.
    """
    angle: dict[N, float] = {focus: 0.0}
    pos: dict[N, tuple[float, float]] = {focus: (0.0, 0.0)}
    levels: dict[int, list[N]] = {}
    for n in parent:
        if n != focus:
            levels.setdefault(depth[n], []).append(n)
    ry = 0.0
    for d in sorted(levels):
        ring = sorted(levels[d], key=lambda n: angle.get(parent[n], 0.0)) if d > 1 else levels[d]
        ry = max(ry + spacing * 0.9, len(ring) * spacing * 1.4 / (2 * math.pi) / aspect)
        for i, n in enumerate(ring):
            a = 2 * math.pi * i / len(ring) - math.pi / 2
            angle[n] = a % (2 * math.pi)
            pos[n] = (aspect * ry * math.cos(a), ry * math.sin(a))
    return _rounded(spread(pos, spacing * 0.45, aspect=2.5))


def force_layout(nodes: Sequence[N], edges: Sequence[tuple[N, N]], seed: int = 7, iterations: int = 60,
                 spacing: float = SPACING) -> dict[N, tuple[int, int]]:
    """A seeded Fruchterman–Reingold layout (O(n²) a step: meant for a few hundred nodes at most)."""
    n = len(nodes)
    if n == 0:
        return {}
    rnd = random.Random(seed)
    idx = {v: i for i, v in enumerate(nodes)}
    xs = [rnd.uniform(-1, 1) for _ in range(n)]
    ys = [rnd.uniform(-1, 1) for _ in range(n)]
    links = [(idx[a], idx[b]) for a, b in edges if a != b]
    k = math.sqrt(4.0 / n)
    kk = k * k
    t = 0.25
    pull = 0.6 * k * n ** 0.5   # gravity keeps separate components in view
    rng = range(n)
    for _ in range(iterations):
        dx, dy = [0.0] * n, [0.0] * n
        for i in rng:
            xi, yi = xs[i], ys[i]
            fx = fy = 0.0
            for j in range(i + 1, n):
                ex, ey = xi - xs[j], yi - ys[j]
                f = kk / (ex * ex + ey * ey or 1e-9)
                ex *= f
                ey *= f
                fx += ex
                fy += ey
                dx[j] -= ex
                dy[j] -= ey
            dx[i] += fx
            dy[i] += fy
        for a, b in links:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            f = math.sqrt(ex * ex + ey * ey) / k
            dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f  # noqa: E702
        for i in rng:
            ddx, ddy = dx[i] - xs[i] * pull, dy[i] - ys[i] * pull
            d = math.sqrt(ddx * ddx + ddy * ddy)
            if d > 0:
                s = min(d, t) / d
                xs[i] += ddx * s
                ys[i] += ddy * s
        t = max(t * 0.92, 0.005)
    scale = spacing / k
    pos = {v: (xs[i] * scale, ys[i] * scale) for v, i in idx.items()}
    return _rounded(spread(pos, spacing * 0.55))


def _disc(members: Sequence[N], cx: float, cy: float, spacing: float) -> dict[N, tuple[float, float]]:
    """``members`` on a sunflower spiral around (cx, cy), the first at the centre."""
    out = {}
    for j, n in enumerate(members):
        r = spacing * 0.75 * math.sqrt(j)
        out[n] = (cx + r * math.cos(j * _GOLDEN), cy + r * math.sin(j * _GOLDEN))
    return out


def cluster_layout(clusters: Sequence[Sequence[N]], attached: Mapping[N, Sequence[N]],
                   spacing: float = SPACING) -> dict[N, tuple[int, int]]:
    """A layout for large views, linear in size.

    Each cluster (say, the entities of one type, most cited first) is a disc, the discs
    stand on a circle, and each ``attached`` node (a case) sits at the centre of the nodes
    it links to; overlaps are then pushed apart.
    """
    radii = [spacing * 0.75 * math.sqrt(max(len(c), 1)) + spacing for c in clusters]
    ring = sum(2 * r for r in radii) / (2 * math.pi) if len(clusters) > 1 else 0.0
    pos: dict[N, tuple[float, float]] = {}
    a = -math.pi / 2
    for c, r in zip(clusters, radii):
        share = 2 * r / (sum(2 * x for x in radii) or 1) * 2 * math.pi
        a += share / 2
        pos.update(_disc(c, ring * math.cos(a), ring * math.sin(a), spacing))
        a += share / 2
    loose: list[N] = []
    for n, targets in attached.items():
        placed = [pos[t] for t in targets if t in pos]
        if not placed:
            loose.append(n)
            continue
        x = sum(p[0] for p in placed) / len(placed)
        y = sum(p[1] for p in placed) / len(placed)
        jitter = random.Random(str(n)).uniform(0, 2 * math.pi)   # str seeds are stable across runs
        pos[n] = (x + spacing * 0.4 * math.cos(jitter), y + spacing * 0.4 * math.sin(jitter))
    if loose:
        pos.update(_disc(loose, 0.0, ring * 1.6 + spacing * 3 if ring else spacing * 3, spacing))
    return _rounded(spread(pos, spacing * 0.55))


def spread(pos: Mapping[N, tuple[float, float]], min_dist: float, passes: int = 6,
           aspect: float = 2.0) -> dict[N, tuple[float, float]]:
    """Push apart nodes closer than ``min_dist`` (a grid keeps this linear in size).

    Distances are measured with x shrunk by ``aspect``: labels are wider than tall, so
    neighbours side by side need ``aspect`` times more room than neighbours above and below.

    Each pass puts the nodes into a grid of ``min_dist`` cells; then, cell by cell, every node
    is compared with the nodes of its own and the eight neighbouring cells, in that order, and
    a pair too close is pushed apart at once. Later comparisons see the moved positions, so the
    result depends on that order, which :func:`_push_apart` keeps exactly. The work is linear
    in the number of nodes while they are evenly spread, but quadratic in the number crowded
    into one cell (as are the cases placed around one much-cited entity).
    """
    out = {n: [x / aspect, y] for n, (x, y) in pos.items()}
    order = list(out)
    push_apart = _push_apart if len(out) > _SCREEN_ABOVE else _push_apart_plain
    for _ in range(passes):
        grid: dict[tuple[int, int], list[N]] = {}
        for n in order:
            x, y = out[n]
            grid.setdefault((int(x // min_dist), int(y // min_dist)), []).append(n)
        moved = False
        for (gx, gy), members in sorted(grid.items()):
            near = [m for i in (-1, 0, 1) for j in (-1, 0, 1) for m in grid.get((gx + i, gy + j), [])]
            moved = push_apart(members, near, out, min_dist) or moved
        if not moved:
            break
    return {n: (x * aspect, y) for n, (x, y) in out.items()}


def _push_apart_plain(members: Sequence[N], near: Sequence[N], out: Mapping[N, list[float]], min_dist: float) -> bool:
    """:func:`_push_apart` straight on ``out``: quicker for small layouts, whose cells are few and mostly pushed."""
    moved = False
    for a in members:
        for b in near:
            if a is b or a == b:
                continue
            ex, ey = out[a][0] - out[b][0], out[a][1] - out[b][1]
            d = math.hypot(ex, ey)
            if d >= min_dist:
                continue
            px, py = _push(a, b, ex, ey, d, min_dist)
            out[a][0] += px; out[a][1] += py  # noqa: E702
            out[b][0] -= px; out[b][1] -= py  # noqa: E702
            moved = True
    return moved


def _push(a: N, b: N, ex: float, ey: float, d: float, min_dist: float) -> tuple[float, float]:
    """How far ``a`` moves away from ``b`` (and ``b`` the other way) when they are ``d`` < ``min_dist``
    apart along (``ex``, ``ey``); two nodes on the same spot part in a direction their names fix."""
    if d < 1e-6:
        ang = random.Random(f"{a}|{b}").uniform(0, 2 * math.pi)
        ex, ey, d = math.cos(ang), math.sin(ang), 1.0
    push = (min_dist - d) / 2 / d
    return ex * push, ey * push


def _push_apart(members: Sequence[N], near: Sequence[N], out: Mapping[N, list[float]], min_dist: float) -> bool:
    """Compare each of ``members`` with each of ``near`` in turn and push the pairs closer than ``min_dist``.

    ``out`` holds the positions and is changed in place; True if anything moved. The work is
    done on a copy of the positions as complex numbers (written back at the end), where most
    pairs, far apart, are screened out by a single ``abs``: a pair at least ``screen`` apart is
    surely not closer than ``min_dist``. The others get the exact test and push, with the very
    float operations of a position held as two numbers.
    """
    screen = min_dist * (1 + 1e-9)      # far above the rounding error of abs(), so no close pair is missed
    zs = [complex(*out[m]) for m in near]
    slot = {m: k for k, m in enumerate(near)}
    touched = bytearray(len(near))
    moved = False
    hypot = math.hypot
    for a in members:
        ia = slot[a]
        za = zs[ia]
        for j, zb in enumerate(zs):
            if abs(za - zb) >= screen or j == ia:
                continue
            e = za - zb
            d = hypot(e.real, e.imag)
            if d >= min_dist:
                continue
            step = complex(*_push(a, near[j], e.real, e.imag, d, min_dist))
            za = zs[ia] = za + step
            zs[j] = zb - step
            touched[ia] = touched[j] = moved = True
    if moved:
        for k, m in enumerate(near):
            if touched[k]:
                out[m][:] = zs[k].real, zs[k].imag
    return moved
