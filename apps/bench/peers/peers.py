#!/usr/bin/env python3
"""Peer timings for apps/bench: a line-oriented server. Each request line is JSON
{"op": ..., "args": {...}} and each reply is {"seconds": t} (one timed call, perf_counter, inputs prepared
before the clock starts) or {"error": ...}. The first line printed is {"versions": {...}} or {"error": ...}.
Operations mirror SPEC §4: scipy Sobol / Halton, a numpy-vectorised FWHT, numpy fft of a bit-reversed input."""
import json
import sys
import time

try:
    import numpy as np
    import scipy
    from scipy.stats import qmc
except Exception as exc:  # noqa: BLE001 - report any import failure to the harness
    print(json.dumps({"error": f"numpy/scipy unavailable: {exc}"}), flush=True)
    sys.exit(0)

_cache = {}


def fwht_inplace(y, tmp):
    """Orthonormal Walsh-Hadamard transform, natural order: vectorised butterflies, one pass per bit."""
    n = y.shape[0]
    h = 1
    while h < n:
        v = y.reshape(-1, 2, h)
        a = v[:, 0, :]
        b = v[:, 1, :]
        t = tmp.reshape(-1, h)
        np.subtract(a, b, out=t)
        a += b
        b[...] = t
        h *= 2
    y *= 1.0 / np.sqrt(n)
    return y


def _si_alpha2(delta):
    """K̃_2(δ) = −(2π)^4/4!·B_4({δ}), B_4(x) = x^4 − 2x^3 + x^2 − 1/30 (the SI factor of smoothness α = 2)."""
    x = np.mod(delta, 1.0)
    return -((2 * np.pi) ** 4 / 24.0) * (x**4 - 2 * x**3 + x**2 - 1.0 / 30.0)


def _fastgp_problem(a):
    """The unshifted rank-1 lattice {k·g/n}, k = 0..n−1 (linear order), and y = exp(Σ_j cos(2πx_j)/(j+1))."""
    n = 2 ** a["m"]
    d = a["d"]
    g = np.array([a[f"g{j}"] for j in range(d)], dtype=np.int64)
    X = (np.outer(np.arange(n, dtype=np.int64), g) % n) / n
    y = np.exp(np.sum(np.cos(2 * np.pi * X) / (np.arange(d) + 1.0), axis=1))
    return X, y


def prepare(op, a):
    key = (op, json.dumps(a, sort_keys=True))
    if key in _cache:
        return _cache[key]
    rng = np.random.default_rng(0)
    if op == "scipy.sobol.random_base2":
        counter = [0]

        def f():
            counter[0] += 1
            return qmc.Sobol(a["d"], scramble=bool(a.get("scramble", 1)), seed=counter[0]).random_base2(a["m"])
    elif op == "scipy.halton.random":
        counter = [0]

        def f():
            counter[0] += 1
            return qmc.Halton(a["d"], scramble=bool(a.get("scramble", 1)), seed=counter[0]).random(a["n"])
    elif op == "scipy.halton.random8":
        counter = [0]

        def f():
            counter[0] += 1
            return [qmc.Halton(a["d"], scramble=True, seed=8 * counter[0] + r).random(a["n"]) for r in range(8)]
    elif op == "numpy.fwht":
        x = rng.standard_normal(a["n"])
        y = np.empty_like(x)
        tmp = np.empty(a["n"] // 2)

        def f():
            y[...] = x
            return fwht_inplace(y, tmp)
    elif op == "numpy.fft_bitrev":
        n = a["n"]
        m = n.bit_length() - 1
        rev = np.arange(n).reshape([2] * m).transpose(list(range(m))[::-1]).reshape(n) if m > 0 else np.arange(n)
        x = rng.standard_normal(n) + 1j * rng.standard_normal(n)

        def f():
            return np.fft.fft(x[rev], norm="ortho")
    elif op == "numpy.fft":
        x = rng.standard_normal(a["n"]) + 1j * rng.standard_normal(a["n"])

        def f():
            return np.fft.fft(x)
    elif op == "numpy.fastgp_fit":
        # FastGP.fit restated: lattice (linear order, circulant K), SI kernel α = 2, MLL in log(S, γ_1..γ_d)
        # with its spectral gradient (rfft), minimized by scipy L-BFGS-B from the same start.
        from scipy.optimize import minimize

        X, y = _fastgp_problem(a)
        n, d = X.shape
        nu = 10.0 ** (-a["noise_exp"])
        F = _si_alpha2(X)
        w = np.full(n // 2 + 1, 2.0)
        w[0] = w[-1] = 1.0
        P = np.abs(np.fft.rfft(y)) ** 2 / n
        x0 = np.concatenate([[np.log(a["scale0"])], np.full(d, np.log(a["weight0"]))])

        def loss_grad(theta):
            S = np.exp(theta[0])
            gam = np.exp(theta[1:])
            T = 1.0 + gam * F
            pre = np.cumprod(np.hstack([np.ones((n, 1)), T[:, :-1]]), axis=1)
            suf = np.cumprod(np.hstack([np.ones((n, 1)), T[:, ::-1][:, :-1]]), axis=1)[:, ::-1]
            M = pre[:, -1] * T[:, -1] - 1.0
            base = np.fft.rfft(M).real
            base[0] += n
            lam = S * base + nu
            loss = 0.5 * (np.sum(w * (P / lam + np.log(lam))) + n * np.log(2 * np.pi))
            dL = 0.5 * (1.0 / lam - P / lam**2)
            cols = gam * F * pre * suf
            eig = np.fft.rfft(cols, axis=0).real
            grad = np.concatenate([[np.sum(w * dL * S * base)], S * (w * dL) @ eig])
            return loss, grad

        def f():
            r = minimize(loss_grad, x0, jac=True, method="L-BFGS-B")
            _cache["fastgp_fit_result"] = r
            return r.fun
    elif op == "numpy.gp_posterior_mean":
        # K(x, X)·w for q new points in chunks of 64 rows (the dense cross-covariance never held whole).
        X, y = _fastgp_problem(a)
        n, d = X.shape
        q = a["points"]
        Z = rng.random((q, d))
        gam = np.full(d, a["weight0"])
        wts = rng.standard_normal(n)

        def f():
            out = np.empty(q)
            for s in range(0, q, 64):
                K = np.ones((min(q, s + 64) - s, n))
                for j in range(d):
                    K *= 1.0 + gam[j] * _si_alpha2(Z[s : s + 64, j : j + 1] - X[None, :, j])
                out[s : s + 64] = a["scale0"] * (K @ wts)
            return out
    elif op == "numpy.fastgram_si":
        # QMCPy's fast-Gram recipe for a lattice and the SI kernel, alpha = 2, default weights 2^(1/d) - 1:
        # k1 = K(x, x[0]) by a vectorised Bernoulli product, lam = sqrt(n) fftbr(k1), w = ifftbr(fftbr(y) / lam).
        n, d = 2 ** a["m"], a["d"]
        m = a["m"]
        rev = np.arange(n).reshape([2] * m).transpose(list(range(m))[::-1]).reshape(n)
        g = 2 * rng.integers(1, 2 ** (m - 1), size=d) + 1
        x = (rev[:, None] * g[None, :] % n) / n  # natural (radical-inverse) order lattice
        x = (x + rng.random(d)) % 1
        y = rng.random(n) - 0.5
        gamma = 2 ** (1 / d) - 1
        c2 = -((2 * np.pi) ** 4) / 24  # (-1)^(alpha+1) (2 pi)^(2 alpha) / (2 alpha)!
        nugget = a["nugget"]

        def f():
            delta = (x - x[0]) % 1
            u = delta * (1 - delta)
            k1 = np.prod(1 + gamma * c2 * (u * u - 1 / 30), axis=1)  # B_4 = u^2 - 1/30
            lam = np.sqrt(n) * np.fft.fft(k1[rev], norm="ortho").real + nugget
            yhat = np.fft.fft(y[rev], norm="ortho")
            return np.fft.ifft(yhat / lam, norm="ortho")[rev].real
    elif op == "numpy.fastgram_dsi":
        # QMCPy's recipe for a digital net (53-bit integers) and the DSI kernel, alpha = 2:
        # K~_2(x) = -beta x + 5/2 (1 - 2^-beta) - 1 (3/2 at 0), lam = sqrt(n) fwht(k1), w = fwht(fwht(y) / lam).
        n, d = 2 ** a["m"], a["d"]
        xb = rng.integers(0, 2 ** 53, size=(n, d), dtype=np.uint64)
        xb[0] = rng.integers(0, 2 ** 53, size=d, dtype=np.uint64)
        y = rng.random(n) - 0.5
        gamma = 2 ** (1 / d) - 1
        nugget = a["nugget"]
        buf = np.empty(n)
        tmp = np.empty(n // 2)

        def f():
            xr = np.bitwise_xor(xb, xb[0]) * 2.0 ** -53
            with np.errstate(divide="ignore"):
                beta = -np.floor(np.log2(xr))
            zero = xr == 0
            beta[zero] = 0
            kt = -beta * xr + 2.5 * (1 - 2.0 ** -beta) - 1
            kt[zero] = 1.5
            k1 = np.prod(1 + gamma * kt, axis=1)
            lam = np.sqrt(n) * fwht_inplace(k1, tmp) + nugget
            buf[...] = y
            fwht_inplace(buf, tmp)
            np.divide(buf, lam, out=buf)
            return fwht_inplace(buf, tmp)
    elif op.startswith("scipy.qmc.discrepancy."):
        method = op.rsplit(".", 1)[1]
        x = rng.random((a["n"], a["d"]))

        def f():
            return qmc.discrepancy(x, method=method, workers=a.get("workers", 1))
    elif op == "scipy.qmc.geometric_discrepancy.mst":
        x = rng.random((a["n"], a["d"]))

        def f():
            return qmc.geometric_discrepancy(x, method="mst")
    else:
        raise ValueError(f"unknown op {op}")
    _cache[key] = f
    return f


print(json.dumps({"versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__}}), flush=True)
for line in sys.stdin:
    try:
        req = json.loads(line)
        f = prepare(req["op"], req["args"])
        t0 = time.perf_counter()
        r = f()
        t1 = time.perf_counter()
        del r
        print(json.dumps({"seconds": t1 - t0}), flush=True)
    except Exception as exc:  # noqa: BLE001
        print(json.dumps({"error": str(exc)}), flush=True)
