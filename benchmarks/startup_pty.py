"""Whole-process time to the first frame, as a user meets it: `briefing` started in a pseudo-terminal
(interpreter start and every import included), until its first frame with data is on the terminal; against
a bare Textual app with the same widgets (benchmarks/startup.py's BareApp), started the same way.

    python benchmarks/startup_pty.py [--reps 8] [--data DIR]

Alternates the two, `--reps` pairs, and prints the median of each and their ratio (aim <= 1.3). The
clock runs from just before the process is spawned until the frame's marker text (the first event's
title for briefing; the bare app's last widget) has been written to the terminal; then `q` (or ctrl+c)
ends it. The loader's cache is warm (a first run is made and not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS, LINES = 120, 40


def time_to(args: list[str], marker: bytes, env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from spawning `args` in a pty until `marker` appears in what it writes."""
    leader, follower = pty.openpty()
    os.set_blocking(leader, False)
    env = dict(env, TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
    start = time.perf_counter()
    process = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True,
                               start_new_session=True,
                               preexec_fn=lambda: _size(0))
    os.close(follower)
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < timeout:
            ready, _w, _x = select.select([leader], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(leader, 65536)
                except OSError:
                    break
                if marker in seen:
                    elapsed = time.perf_counter() - start
                    break
            if process.poll() is not None:
                break
    finally:
        try:
            os.write(leader, b"q")
            process.wait(timeout=3)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(leader)
    if elapsed is None:
        raise SystemExit(f"{args}: no {marker!r} within {timeout} s; it wrote {seen[-500:]!r}")
    return elapsed


def _size(fd: int) -> None:
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=8)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    from briefing.load import load_briefing
    from startup import shape_of

    loaded = load_briefing(args.data)  # (and the cache is warm for the runs)
    marker = loaded.events[0].title[:18].encode() if loaded.events else b"Timeline"
    shape = shape_of(loaded)
    real = [sys.executable, "-m", "briefing", *(["--data", str(args.data)] if args.data else [])]
    bare = [sys.executable, "-c", "import json, sys; sys.path.insert(0, sys.argv[2]); from startup import BareApp; "
            "BareApp(json.loads(sys.argv[1])).run()", json.dumps(shape), str(HERE)]
    env = dict(os.environ)
    time_to(real, marker, env)  # warm-up: the file system cache, the loader's cache
    time_to(bare, b"status", env)
    times: dict[str, list[float]] = {"briefing": [], "bare": []}
    for _ in range(args.reps):
        times["briefing"].append(time_to(real, marker, env))
        times["bare"].append(time_to(bare, b"status", env))
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {args.reps} pairs, interleaved, median")
    print(f"briefing, whole process to first frame with data: {ms['briefing']:7.0f} ms")
    print(f"bare Textual app, same widgets, whole process:    {ms['bare']:7.0f} ms")
    print(f"ratio: {ms['briefing'] / ms['bare']:.2f} (aim <= 1.3)")


if __name__ == "__main__":
    main()
