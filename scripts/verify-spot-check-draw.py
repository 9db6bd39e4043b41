#!/usr/bin/env python3
"""Independent re-implementation of the spot-check draw (README "Spot checks: the draw"), for anyone to check a
published draw: python3 verify-spot-check-draw.py <seed as 16 hex digits> <snapshot.txt or snapshot.txt.gz>
prints the snapshot's SHA-256 and the drawn targets with their inspectors, one line each: order target inspectors.
Written from the README's specification only, standard library only; the portal's tests run it against the C# draw."""
import gzip, hashlib, sys

M = (1 << 64) - 1

def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)

def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M

class Xoshiro256ss:
    def __init__(self, seed):
        self.s, state = [], seed
        for _ in range(4):
            state, out = splitmix64(state)
            self.s.append(out)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
        return result

    def below(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            x = self.next()
            if x >= threshold:
                return x % bound

def parse(text):
    lines = text.split("\n")
    assert lines[0] == "regulator-spot-check-snapshot v1", "not a v1 snapshot"
    pos = 1
    def header(label):
        nonlocal pos
        word, value = lines[pos].split(" ", 1); pos += 1
        assert word == label, f"expected {label}"
        return value
    def rows(label):
        nonlocal pos
        n = int(header(label)); out = [tuple(int(v) for v in lines[pos + i].split(" ")) for i in range(n)]; pos += n
        return out
    kind, sample, per_task = header("kind"), int(header("sample")), int(header("inspectors-per-task"))
    return kind, sample, per_task, rows("population"), [r[0] for r in rows("inspectors")], rows("conflicts"), rows("recent")

def draw(seed, text):
    kind, sample, per_task, members, inspectors, conflicts, recent = parse(text)
    rng = Xoshiro256ss(seed)
    weights = [w for _, _, w in members]
    total, picks = sum(weights), []
    # A plain linear scan: slow on millions of members, but obviously the specified rule.
    for _ in range(min(sample, len(members))):
        r, running = rng.below(total), 0
        for i, w in enumerate(weights):
            running += w
            if running > r:
                break
        picks.append(i); total -= weights[i]; weights[i] = 0
    result = []
    for order, i in enumerate(picks, 1):
        target, platform, _ = members[i]
        excluded = {a for a, p in conflicts if p == platform} | {a for a, t in recent if t == target}
        eligible = [a for a in inspectors if a not in excluded]
        if len(eligible) < per_task:
            raise SystemExit(f"target {target}: only {len(eligible)} eligible inspectors, {per_task} needed")
        for j in range(per_task):
            k = j + rng.below(len(eligible) - j)
            eligible[j], eligible[k] = eligible[k], eligible[j]
        result.append((order, target, eligible[:per_task]))
    return result

if __name__ == "__main__":
    raw = open(sys.argv[2], "rb").read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    print("snapshot", hashlib.sha256(raw).hexdigest())
    for order, target, chosen in draw(int(sys.argv[1], 16), raw.decode("ascii")):
        print(order, target, ",".join(map(str, chosen)))
