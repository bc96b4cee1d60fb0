"""The arena planner of docs/MODEL-FORMAT.md (the same rule as runtime/core/arena_planner.cc).

Items are (size, first, last) lifetimes; each is placed, largest first (ties: lower index
first), at the lowest 64-aligned offset where it overlaps no already placed item whose
lifetime intersects its own. Returns the offsets and the arena size.
"""
ALIGN = 64


def align_up(v, a=ALIGN):
    return (v + a - 1) // a * a


def plan_arena(items):
    order = sorted(range(len(items)), key=lambda i: (-items[i][0], i))
    offsets = [0] * len(items)
    placed = []
    end = 0
    for i in order:
        size, first, last = items[i]
        busy = sorted((offsets[p], offsets[p] + items[p][0]) for p in placed
                      if items[p][1] <= last and first <= items[p][2])
        candidate = 0
        for off, stop in busy:
            if candidate + size <= off:
                break
            candidate = max(candidate, align_up(stop))
        offsets[i] = candidate
        end = max(end, candidate + size)
        placed.append(i)
    return offsets, align_up(end)


def check_plan(items, offsets, arena_size):
    """True when no two items with intersecting lifetimes share a byte."""
    for i, (si, fi, li) in enumerate(items):
        if offsets[i] % ALIGN or offsets[i] + si > arena_size:
            return False
        for j in range(i + 1, len(items)):
            sj, fj, lj = items[j]
            if fi <= lj and fj <= li and offsets[i] < offsets[j] + sj and offsets[j] < offsets[i] + si:
                return False
    return True
