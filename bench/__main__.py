"""``python -m bench``: every benchmark, one after another, each printing its figures
beside its baseline (measured in the same process, so the two runs share a machine state).

Benchmarks are not tests: nothing here passes or fails on a time. Pass a name to run one:
``python -m bench search``.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = {
    "search": "bench.search_bench",
    "telegram": "bench.telegram_bench",
    "viber": "bench.viber_bench",
    "booking": "bench.booking_bench",
    "desk": "bench.desk_bench",
    "cases": "bench.cases_bench",
}


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    for name in chosen:
        print(f"\n### {name} ({BENCHMARKS[name]})", flush=True)
        result = subprocess.run([sys.executable, "-m", BENCHMARKS[name]], check=False)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
