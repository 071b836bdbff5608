#!/usr/bin/env python3
"""Independent high-precision reference values for @qmckit/kernels (writes test/fixtures/exact-kernels.json).

Run from packages/kernels: python3 scripts/exact_kernels.py

* SI factors K~_a(d) = (-1)^(a+1) (2 pi)^(2a) / (2a)! * B_2a(d), with mpmath's Bernoulli polynomials at 50 digits.
* DSI factors as Walsh series, summed exactly in rationals by dynamic programming over the binary digits
  (positions 1..70): K~_a(x) = sum_{k>=1} wal_k(x) 2^(-mu_a(k)) for a = 2, 3, 4 (mu_a = sum of the a highest
  1-bit positions of k, 1-based), 2^(1 - 2 mu_1(k)) for a = 1, and 2^(-(a+1)(mu_1(k) - 1)) for the adaptive kernel.
  This is the definition of the kernels, not their closed forms.
* Gram checks (d = 2, n = 8, S = 1, gamma = 1, alpha = 2): the unrandomized lattice with g = (1, 182667) and
  the unrandomized Sobol' net (first two coordinates); eigenvalues sqrt(n)*fftbr(col) / sqrt(n)*fwht(col),
  log-determinant and the solve of K w = (1, ..., 8) from an mpmath LU solve of the dense matrix.
"""
import json
from fractions import Fraction as F

import mpmath as mp

mp.mp.dps = 50


def si_factor(a, d):
    d = mp.mpf(d) - mp.floor(mp.mpf(d))
    c = (-1) ** (a + 1) * (2 * mp.pi) ** (2 * a) / mp.factorial(2 * a)
    return c * mp.bernpoly(2 * a, d)


P = 70


def walsh_series(weight, cap, x_digits):
    """sum over k >= 1 of wal_k(x) * w(k); w depends on the positions of the `cap` highest 1-bits of k."""
    # state: how many 1-bits of k have been chosen above position p (capped at `cap`); positions are
    # visited from high to low, so a bit is among the `cap` highest exactly when fewer were chosen before.
    dp = {0: F(1)}
    for p in range(P, 0, -1):
        nd = {}
        for c, v in dp.items():
            nd[c] = nd.get(c, 0) + v
            s = -1 if x_digits.get(p, 0) else 1
            factor = weight(p, c) if c < cap else F(1)
            nc = min(c + 1, cap)
            nd[nc] = nd.get(nc, 0) + v * s * factor
        dp = nd
    return sum(dp.values()) - 1


def digits_of(num, bits):
    return {p: (num >> (bits - p)) & 1 for p in range(1, bits + 1)}


def dsi_factor(alpha, num, bits):
    x = digits_of(num, bits)
    if alpha == 1:
        return walsh_series(lambda p, c: F(1, 2 ** (2 * p - 1)), 1, x)
    return walsh_series(lambda p, c: F(1, 2 ** p), alpha, x)


def dsi_adaptive(alpha, num, bits):
    # weight 2^{-(alpha+1)(p-1)} on the top bit only (real alpha: use mpmath)
    x = digits_of(num, bits)
    beta = None
    for p in range(1, bits + 1):
        if x[p]:
            beta = p
            break
    # closed sum of the same series, computed independently as a geometric series over the top bit p:
    # sum_{p} 2^{-(a+1)(p-1)} * sum over lower subsets of wal = sum_p 2^{-(a+1)(p-1)} (-1)^{x_p} 2^{p-1} [x_i = 0 for i < p]
    a = mp.mpf(alpha)
    total = mp.mpf(0)
    for p in range(1, 400):
        if beta is not None and p > beta:
            break
        sign = -1 if x.get(p, 0) else 1
        total += sign * mp.power(2, -(a + 1) * (p - 1)) * mp.power(2, p - 1)
    return total


def bitrev(i, m):
    return int(format(i, f"0{m}b")[::-1], 2) if m else 0


def gram_checks(col_fn, points, transform):
    n = len(points)
    m = n.bit_length() - 1
    K = mp.matrix(n, n)
    for i in range(n):
        for j in range(n):
            K[i, j] = col_fn(points[i], points[j])
    col = [K[i, 0] for i in range(n)]
    if transform == "fftbr":
        eig = []
        for k in range(n):
            s = mp.mpc(0)
            for i in range(n):
                s += col[bitrev(i, m)] * mp.expjpi(-2 * mp.mpf(i * k) / n)
            eig.append(s / mp.sqrt(n) * mp.sqrt(n))
        eig = [mp.re(e) for e in eig]
    else:
        eig = []
        for k in range(n):
            s = mp.mpf(0)
            for i in range(n):
                s += (-1) ** bin(i & k).count("1") * col[i]
            eig.append(s)
    logdet = mp.log(mp.det(K))
    y = mp.matrix([i + 1 for i in range(n)])
    w = mp.lu_solve(K, y)
    return {
        "column": [float(c) for c in col],
        "eigenvalues": [float(e) for e in eig],
        "logdet": float(logdet),
        "solve_1_to_8": [float(w[i]) for i in range(n)],
    }


def main():
    out = {}
    deltas = [0, 0.25, 0.5, 0.9]
    for a in range(1, 6):
        out[f"si_factor_alpha{a}_delta_0_.25_.5_.9"] = [float(si_factor(a, mp.mpf(str(d)))) for d in deltas]

    def si_kernel(x, z, alphas, gammas, S):
        v = mp.mpf(S)
        for xj, zj, a, g in zip(x, z, alphas, gammas):
            v *= 1 + g * si_factor(a, mp.mpf(xj) - mp.mpf(zj))
        return v

    x = [0.1, 0.25, 0.7]
    z = [0.85, 0.5, 0.3]
    out["si_kernel_x_z_alpha234_w_1_.5_.25_S2"] = float(si_kernel(x, z, [2, 3, 4], [1, 0.5, 0.25], 2))
    g = mp.power(2, mp.mpf(1) / 3) - 1
    out["si_kernel_default_alpha2_d3"] = float(si_kernel(x, z, [2, 2, 2], [g, g, g], 1))

    t = 10
    nums = [0, 1, 2, 3, 255, 512, 1023]
    for a in range(1, 5):
        out[f"dsi_factor_alpha{a}_t10_delta_0_1_2_3_255_512_1023"] = [float(dsi_factor(a, v, t)) for v in nums]
    for a in (0.5, 1.0, 2.5):
        out[f"dsi_adaptive_alpha{a}_t10_delta_0_1_2_3_255_512_1023"] = [float(dsi_adaptive(a, v, t)) for v in nums]
    xb = [102, 256, 716, 614]
    zb = [870, 512, 307, 51]
    v = F(2)
    for xa, za, a, gm in zip(xb, zb, [1, 2, 3, 4], [F(1), F(1, 2), F(1, 4), F(1, 8)]):
        v *= 1 + gm * dsi_factor(a, xa ^ za, t)
    out["dsi_kernel_xb_zb_t10_alpha1234_w_1_.5_.25_.125_S2"] = float(v)

    # Gram checks
    lat = [[F((bitrev(i, 20) * gj) % 2**20, 2**20) for gj in (1, 182667)] for i in range(8)]
    out["si_gram_lattice_d2_n8"] = gram_checks(
        lambda p, q: si_kernel([mp.mpf(c.numerator) / c.denominator for c in p], [mp.mpf(c.numerator) / c.denominator for c in q], [2, 2], [1, 1], 1),
        lat,
        "fftbr",
    )
    sob = [[0, 0], [0.5, 0.5], [0.25, 0.75], [0.75, 0.25], [0.125, 0.625], [0.625, 0.125], [0.375, 0.375], [0.875, 0.875]]
    sob_int = [[int(c * 2**32) for c in p] for p in sob]

    def dsi_kernel_int(p, q):
        r = F(1)
        for a, b in zip(p, q):
            r *= 1 + dsi_factor(2, a ^ b, 32)
        return mp.mpf(r.numerator) / r.denominator

    out["dsi_gram_sobol_d2_n8_t32"] = gram_checks(dsi_kernel_int, sob_int, "fwht")
    with open("test/fixtures/exact-kernels.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
