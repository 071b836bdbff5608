#!/usr/bin/env python3
"""Our restatement (numpy only) of the stopping algorithm of QMCPy's CubQMCNetG / CubQMCLatticeG.

Written from the published algorithm (Hickernell & Jimenez Rugama, "Reliable adaptive cubature using
digital sequences", MCQMC 2014; Jimenez Rugama & Hickernell, "Adaptive multidimensional integration based
on rank-1 lattices", MCQMC 2014) with QMCPy 2.x's settings, not from its code:

  n_init = 2^10 points in natural order; r = 4; fudge(m) = 5 * 2^-m; error criterion 'either' (abs_tol,
  rel_tol = 0 here); discrete coefficients ytilde = ft(y) / sqrt(n) with the orthonormal fast Walsh-Hadamard
  transform (nets) or the orthonormal FFT of the bit-reversed-order values (lattices, "fftbr");
  on doubling, ytilde <- [(ytilde + w * ytilde_new) / 2, (ytilde - w * ytilde_new) / 2] with
  w_k = exp(-i pi k / n) for lattices and 1 for nets; the map kappa ordering coefficients by magnitude level
  by level (all levels m-1 .. 1 at the start, levels m-1 .. m-r after each doubling); the half-width
  fudge(m) * sum |ytilde[kappa[k]]| over 2^(m-r-1) <= k < 2^(m-r); stop at the first level (the initial one
  included) where hi - lo <= tol(lo) + tol(hi). No level-consistency rule, no cone check (QMCPy's default
  check_cone=False; its check only warns).

Times: "whole call" is our criterion with its integrand evaluations; "rule only" is the same run fed the
stored values (our stopping rule's own cost, TypeScript); "QMCPy's rule" is this script's run on the same
values (numpy). Same machine, same run of the pipeline; compare medians and ratios, not absolute values.

Input: the directory written by scripts/qmcpyValues.ts (index.json + float64 files with the integrand values
at our criteria's own points, 2x the n our criterion used). For each criterion x problem x seed it applies
the rule above to those values and reports the stopping n and the time the rule took; then a markdown table
of medians against ours. Where QMCPy's rule does not stop within the values given (2x ours), its n is
reported as "> 2n" — more than ours in any case.

Cross-checks printed per row: for seeds where both stop at the same n, the largest |estimate difference|
(the same mean of the same values: round-off only); for seeds where ours stopped later, how many of them
our criterion flagged coneViolated (our level-consistency detector is the only rule that can delay us).

Usage: python3 scripts/qmcpy_g.py <dir written by qmcpyValues.ts>
"""

import json
import os
import sys
import time

import numpy as np

R_LAG = 4
N_INIT = 2**10


def fudge(m):
    return 5.0 * 2.0 ** (-m)


def walsh(y):
    """Orthonormal fast Walsh-Hadamard transform in natural (Hadamard) order."""
    v = np.array(y, dtype=np.float64)
    n = v.size
    h = 1
    while h < n:
        v = v.reshape(-1, 2, h)
        a = v[:, 0, :].copy()
        b = v[:, 1, :]
        v = np.stack((a + b, a - b), axis=1)
        h *= 2
    return v.reshape(n) / np.sqrt(n)


def bit_reverse_permutation(m):
    idx = np.arange(2**m)
    rev = np.zeros_like(idx)
    for b in range(m):
        rev |= ((idx >> b) & 1) << (m - 1 - b)
    return rev


def fourier_br(y):
    """Orthonormal FFT of values given in natural (= bit-reversed linear) lattice order."""
    m = int(np.log2(y.size))
    return np.fft.fft(y[bit_reverse_permutation(m)], norm="ortho")


def reorder(kappa, mag, levels, m):
    """One pass per level l (in the given order): where the coefficient at kappa position k + 2^l
    (0 < k < 2^l) is larger than the one at position k, swap the two positions and all their aliases
    k + a 2^(l+1), k + 2^l + a 2^(l+1) below 2^m."""
    for l in levels:
        nl = 2**l
        k = np.nonzero(mag[kappa[nl + 1 : 2 * nl]] > mag[kappa[1:nl]])[0] + 1
        if k.size == 0:
            continue
        offsets = np.arange(0, 2**m - nl, 2 * nl)
        lo = (k[None, :] + offsets[:, None]).ravel()
        hi = lo + nl
        kappa[lo], kappa[hi] = kappa[hi], kappa[lo].copy()


def qmcpy_g(y, transform, abs_tol):
    """Applies the rule to the values y (natural order). Returns (n, estimate), or (None, None) when it
    would need more values than y holds."""
    ft = walsh if transform == "walsh" else fourier_br
    n = N_INIT
    m = int(np.log2(n))
    coef = ft(y[:n]) / np.sqrt(n)
    kappa = np.arange(n)
    reorder(kappa, np.abs(coef), range(m - 1, 0, -1), m)
    while True:
        lo_k = 2 ** (m - R_LAG - 1)
        hw = fudge(m) * np.abs(coef[kappa[lo_k : 2 * lo_k]]).sum()
        mu = y[:n].mean()
        lo, hi = mu - hw, mu + hw
        tol_lo, tol_hi = abs_tol, abs_tol  # 'either' with rel_tol = 0: max(abs_tol, 0 * |s|)
        if hi - lo <= tol_lo + tol_hi:
            return n, 0.5 * (lo + hi + tol_lo - tol_hi)
        if 2 * n > y.size:
            return None, None
        new = ft(y[n : 2 * n]) / np.sqrt(n)
        if transform == "fourier":
            new = new * np.exp(-1j * np.pi * np.arange(n) / n)
        coef = np.concatenate(((coef + new) / 2, (coef - new) / 2))
        kappa = np.concatenate((kappa, kappa + n))
        n *= 2
        m += 1
        reorder(kappa, np.abs(coef), range(m - 1, m - R_LAG - 1, -1), m)


def upper_median(values):
    """The element at index len // 2 of the sorted values (scripts/coverage.ts's median)."""
    return sorted(values)[len(values) // 2]


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: qmcpy_g.py <dir written by scripts/qmcpyValues.ts>")
    root = sys.argv[1]
    with open(os.path.join(root, "index.json")) as fh:
        index = json.load(fh)
    print("| criterion | problem | absTol | median n: ours | QMCPy's rule | ours, conservative | "
          "seeds ours ≤ QMCPy | median ms: ours, whole call | ours, rule only | QMCPy's rule | "
          "same n: max abs Δ estimate | ours later: flagged |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for e in index:
        data = np.fromfile(os.path.join(root, e["file"]), dtype="<f8")
        ours_n, theirs_n, ours_ms, theirs_ms, rule_ms, cons_n = [], [], [], [], [], []
        same_delta, later, later_flagged, not_le = 0.0, 0, 0, 0
        for run in e["runs"]:
            y = data[run["offset"] : run["offset"] + run["count"]]
            t0 = time.perf_counter()
            n, est = qmcpy_g(y, e["transform"], e["absTol"])
            theirs_ms.append(1e3 * (time.perf_counter() - t0))
            # Not stopped within the values given (2x ours): more than ours; shown as "> 2x ours".
            theirs_n.append(n if n is not None else np.inf)
            ours_n.append(run["n"])
            ours_ms.append(run["timeMs"])
            rule_ms.append(run["ruleMs"])
            cons_n.append(run["nConservative"])
            if n == run["n"]:
                same_delta = max(same_delta, abs(est - run["estimate"]))
            elif n is not None and run["n"] > n:
                later += 1
                later_flagged += run["coneViolated"]
                not_le += 1
        mt = upper_median(theirs_n)
        mt_s = "> 2x ours" if mt == np.inf else f"{mt:g}"
        print(f"| {e['criterion']} | {e['problem']} | {e['absTol']:g} | {upper_median(ours_n):g} | {mt_s} | {upper_median(cons_n):g} | "
              f"{len(ours_n) - not_le}/{len(ours_n)} | {upper_median(ours_ms):.1f} | {upper_median(rule_ms):.1f} | "
              f"{upper_median(theirs_ms):.1f} | "
              f"{same_delta:.1e} | {later_flagged}/{later} |")


if __name__ == "__main__":
    main()
