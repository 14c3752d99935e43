"""Command line: `briefing` (the dashboard), `briefing check`, `briefing export`."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import TextIO

from rich.console import Console


def _parser() -> argparse.ArgumentParser:
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data", metavar="DIR", type=Path, default=argparse.SUPPRESS,
                      help="briefing folder to read (default: the bundled briefing)")
    parser = argparse.ArgumentParser(
        prog="briefing", parents=[data],
        description="A terminal briefing on the Feb-Mar 2025 US-Russia talks; every claim carries its evidence.",
    )
    parser.add_argument("--no-mouse", action="store_true",
                        help="do not capture the mouse, so text can be selected in the terminal (e.g. over SSH)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("check", parents=[data], help="validate the briefing and print a report; exit 1 on problems")
    export = commands.add_parser("export", parents=[data], help="print the whole model as JSON or Markdown")
    export.add_argument("--format", choices=("json", "markdown"), default="json")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir: Path | None = getattr(args, "data", None)
    if data_dir is not None and not data_dir.is_dir():
        print(f"briefing: {data_dir}: not a folder", file=sys.stderr)
        return 2

    if args.command is None:
        from briefing.background import Preforked
        from briefing.tui.app import create_app

        preforked = Preforked.start()  # now, while this process has one thread (see briefing/background.py)
        try:
            app = create_app(data_dir, mouse=not args.no_mouse, preforked=preforked)
            with _stop_on_signals(app):
                app.run(mouse=not args.no_mouse)
        finally:
            if preforked is not None:
                preforked.close()
        return app.return_code or 0

    from briefing.load import load_briefing
    from briefing.progress import LoadProgress

    stderr = Console(stderr=True, highlight=False)
    with LoadProgress(Console(stderr=True)) as progress:
        briefing = load_briefing(data_dir, progress=progress,
                                 note=lambda message: stderr.print(f"note: {message}", markup=False))
    if args.command == "check":
        return _check(briefing)
    return _export(briefing, args.format, args.output)


@contextmanager
def _stop_on_signals(app) -> Iterator[None]:  # noqa: ANN001 - BriefingApp, imported lazily
    """SIGTERM, SIGHUP and SIGINT (`kill`, a closed SSH session, `kill -INT`) end the dashboard the way `q`
    does, so the terminal gets its screen back and mouse tracking off; by default the first two kill the
    process at once and leave the terminal in the alternate screen, reporting mouse moves, and SIGINT's
    KeyboardInterrupt could land inside the event loop's shutdown and leave it waiting (seen once in CI
    under load). A second signal kills as usual. (Ctrl+C typed at the dashboard is a key, not a signal.)"""
    caught = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    previous = {signum: signal.getsignal(signum) for signum in caught}

    def stop(signum: int, _frame: object) -> None:
        for each in caught:
            signal.signal(each, signal.SIG_DFL)
        try:  # a handler runs in the main thread, inside the app's event loop while the app runs
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise KeyboardInterrupt from None  # not running yet, or already left: as SIGINT does
        loop.call_soon_threadsafe(partial(app.exit, None, 128 + signum))

    for signum in caught:
        signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _check(briefing) -> int:  # noqa: ANN001 - Briefing, imported lazily
    from briefing.report import print_report

    return print_report(briefing, Console(highlight=False))


def _export(briefing, fmt: str, output: Path | None) -> int:  # noqa: ANN001
    from briefing.export import write_json, write_markdown

    def write(out: TextIO) -> None:
        if fmt == "json":  # written as it is made: never the whole export in memory
            write_json(briefing, out)
        else:
            write_markdown(briefing, out)

    if output is None:
        write(sys.stdout)
    else:
        try:
            _write_file(output, write)
        except OSError as exc:  # a full disk, a folder not there or not writable: said, no traceback
            print(f"briefing: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    stderr = Console(stderr=True, highlight=False)
    for problem in briefing.problems:
        stderr.print(f"warning: {problem}", markup=False)
    return 0


def _write_file(output: Path, write: Callable[[TextIO], None]) -> None:
    """`write` into `output` through a temporary file beside it, put in its place once whole: an export
    that fails half-way (a disk full at 100 MB of JSON) leaves the file that was there as it was, never half
    an export. The file keeps its mode (a new one gets the usual, the umask's). What is no plain file (a
    device, a pipe) or a link, or a file in a folder where no file may be added, is written in place, as
    before."""
    mode = stat.S_IMODE(output.stat().st_mode) if output.exists() else 0o666 & ~_umask()
    beside = None if output.is_symlink() or (output.exists() and not output.is_file()) else _temp_beside(output)
    if beside is None:
        with output.open("w", encoding="utf-8") as out:
            write(out)
        return
    fd, temp = beside
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.chmod(temp, mode)
            write(out)
        os.replace(temp, output)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def _temp_beside(output: Path) -> tuple[int, str] | None:
    """A new file beside `output` (its descriptor and path); None where this user may add no file to the
    folder but may write `output` itself (in place then, as before)."""
    try:
        return tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
    except OSError:
        if not output.exists():
            raise
        return None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


if __name__ == "__main__":
    raise SystemExit(main())
