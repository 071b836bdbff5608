#!/usr/bin/env python3
"""Writes test/fixtures/discrepancy.json: reference values for @qmckit/discrepancy's tests.

For three point pools (numpy random, scrambled scipy Sobol', scrambled scipy Halton; 1000 x 20 each,
stored as base64 little-endian float64) and every (n, d) in {1, 2, 17, 1000} x {1, 2, 5, 20} (the first
n rows and first d columns of a pool), it records
  * scipy.stats.qmc.discrepancy for CD, WD, MD, L2-star (workers=1), and iterative=True for CD;
  * the EXACT value of each definition (CD, WD, MD, L2-star and Hickernell's symmetric SD, which scipy
    lacks), computed with Python integers from the exact binary values of the doubles, then rounded
    once: scipy's own rounding error reaches ~1e-8 relative at n = 1000 in low dimension, where the
    formula cancels (c - 2/n sum g + 1/n^2 sum K with terms O(1) and a result ~1e-7);
  * scipy.stats.qmc.update_discrepancy for a new point;
  * scipy.stats.qmc.geometric_discrepancy for mindist / mst and the euclidean, chebyshev and cityblock
    metrics (n >= 2).
Run from the package directory: python3 scripts/discrepancy-fixture.py   (numpy, scipy; ~2-4 minutes)
"""
import base64
import json
import math
import sys
import warnings
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
import scipy
from scipy.stats import qmc

warnings.filterwarnings("ignore")  # Sobol' with n not a power of two
NS = [1, 2, 17, 1000]
DS = [1, 2, 5, 20]
POOL_N, POOL_D = 1000, 20


def pools():
    return {
        "random": np.random.default_rng(20261204).random((POOL_N, POOL_D)),
        "sobol": qmc.Sobol(POOL_D, scramble=True, rng=np.random.default_rng(7)).random(POOL_N),
        "halton": qmc.Halton(POOL_D, scramble=True, rng=np.random.default_rng(11)).random(POOL_N),
        # Coordinates on the boundary of the cube (0 and 1 are valid points) and repeated points.
        "edges": np.array([[0.0, 1.0], [1.0, 0.0], [0.5, 0.5], [1.0, 1.0], [0.0, 0.0], [0.5, 0.5], [0.25, 1.0]]),
    }


def exact_squared(method, x):
    """Exact squared discrepancy (a Fraction) of the rows of x (float64, in [0, 1])."""
    n, d = x.shape
    E = max(Fraction(float(v)).denominator.bit_length() - 1 for v in x.flat)
    E = max(E, 1)
    H = 1 << E
    X = [[int(Fraction(float(v)) * H) for v in row] for row in x]
    U = [[abs(2 * v - H) for v in row] for row in X]  # |x - 1/2| at scale 2H
    if method == "CD":
        f = lambda i, j, k: 4 * H + U[i][k] + U[j][k] - 2 * abs(X[i][k] - X[j][k])
        fs = 4 * H
        gf = lambda i, k: 8 * H * H + 2 * U[i][k] * H - U[i][k] ** 2
        gs = 8 * H * H
        c = Fraction(13, 12) ** d
    elif method == "WD":
        f = lambda i, j, k: 3 * H * H - 2 * abs(X[i][k] - X[j][k]) * H + 2 * (X[i][k] - X[j][k]) ** 2
        fs = 2 * H * H
        gf = lambda i, k: 4
        gs = 3
        c = Fraction(4, 3) ** d
    elif method == "MD":
        f = lambda i, j, k: (15 * H * H - U[i][k] * H - U[j][k] * H - 6 * abs(X[i][k] - X[j][k]) * H
                             + 4 * (X[i][k] - X[j][k]) ** 2)
        fs = 8 * H * H
        gf = lambda i, k: 80 * H * H - 6 * U[i][k] * H - 3 * U[i][k] ** 2
        gs = 48 * H * H
        c = Fraction(19, 12) ** d
    elif method == "L2-star":
        f = lambda i, j, k: H - max(X[i][k], X[j][k])
        fs = H
        gf = lambda i, k: H * H - X[i][k] ** 2
        gs = 2 * H * H
        c = Fraction(1, 3) ** d
    elif method == "SD":
        f = lambda i, j, k: 2 * H - 2 * abs(X[i][k] - X[j][k])
        fs = H
        gf = lambda i, k: H * H + 2 * X[i][k] * H - 2 * X[i][k] ** 2
        gs = H * H
        c = Fraction(4, 3) ** d
    G = 0
    for i in range(n):
        p = 1
        for k in range(d):
            p *= gf(i, k)
        G += p
    P = 0
    for i in range(n):
        for j in range(i + 1, n):
            p = 1
            for k in range(d):
                p *= f(i, j, k)
            P += 2 * p
        p = 1
        for k in range(d):
            p *= f(i, i, k)
        P += p
    return c - Fraction(2 * G, n * gs ** d) + Fraction(P, n * n * fs ** d)


def to_float(method, q):
    if method != "L2-star":
        return float(q)
    getcontext().prec = 60
    return float((Decimal(q.numerator) / Decimal(q.denominator)).sqrt())


def b64(a):
    return base64.b64encode(np.ascontiguousarray(a, dtype="<f8").tobytes()).decode()


def main():
    out = {
        "provenance": (
            f"scripts/discrepancy-fixture.py with numpy {np.__version__}, scipy {scipy.__version__}; "
            "points are the first n rows and d columns of each pool"
        ),
        "pools": {},
        "cases": [],
        "geometric": [],
        "update": [],
    }
    for kind, pool in pools().items():
        out["pools"][kind] = {"rows": pool.shape[0], "columns": pool.shape[1], "data": b64(pool)}
        ns = NS if kind != "edges" else [2, 7]
        ds = DS if kind != "edges" else [1, 2]
        for n in ns:
            for d in ds:
                x = np.ascontiguousarray(pool[:n, :d])
                case = {"pool": kind, "n": n, "d": d, "scipy": {}, "exact": {}}
                for method in ["CD", "WD", "MD", "L2-star"]:
                    case["scipy"][method] = float(qmc.discrepancy(x, method=method, workers=1))
                case["scipy"]["CD-iterative"] = float(qmc.discrepancy(x, method="CD", iterative=True))
                for method in ["CD", "WD", "MD", "L2-star", "SD"]:
                    case["exact"][method] = to_float(method, exact_squared(method, x))
                out["cases"].append(case)
                print(kind, n, d, file=sys.stderr, flush=True)
                if n >= 2:
                    for method in ["mindist", "mst"]:
                        for metric in ["euclidean", "chebyshev", "cityblock"]:
                            out["geometric"].append({
                                "pool": kind, "n": n, "d": d, "method": method, "metric": metric,
                                "scipy": float(qmc.geometric_discrepancy(x, method=method, metric=metric)),
                            })
                if n >= 2 and kind != "edges":
                    x_new = pool[n % POOL_N, :d]
                    init = qmc.discrepancy(x, iterative=True)
                    out["update"].append({
                        "pool": kind, "n": n, "d": d, "newRow": n % POOL_N,
                        "scipy": float(qmc.update_discrepancy(x_new, x, init)),
                    })
    with open("test/fixtures/discrepancy.json", "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
