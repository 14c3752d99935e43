"""The reader's own keys: `[keymap]` in `$XDG_CONFIG_HOME/briefing/config.toml` (~/.config/briefing/config.toml),
binding id = keys, applied with Textual's keymap support (`App.set_keymap`). A bad file is reported with its
path and line, and the rest of it still applies; the dashboard always starts."""

from __future__ import annotations

import difflib
import os
import re
import string
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import Keys, _character_to_key

from briefing.model import Side

#: Key names a terminal can send (named keys, the names of printable characters), after any modifiers.
KEY_NAMES = {key.value for key in Keys} | {_character_to_key(c) for c in string.printable if not c.isspace()} \
    | {"space", "enter", "tab", "escape", "backspace"}
MODIFIERS = ("ctrl+", "alt+", "shift+", "super+", "meta+", "hyper+")


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing" / "config.toml"


@dataclass
class Config:
    path: Path
    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "path:line: message", for the reader
    lines: dict[str, int] = field(default_factory=dict)  # the line of each binding id kept in `keymap`

    def side_problems(self, sides: Iterable[Side]) -> list[str]:
        """The keymap's side filters that name no side of this briefing ("filter.iran" on a folder about
        Ukraine): "path:line: …" each, so the reader learns why the key does nothing. `filter.pick`, `.here`,
        `.clear` and `.auto` are the dashboard's own filters, not sides."""
        sides = list(sides)
        own = {binding.id for binding in dashboard_bindings() if binding.id}
        keyed = {f"filter.{side.id}" for side in sides if side.key}
        problems = []
        for binding_id in self.keymap:
            if not side_filter_id(binding_id) or binding_id in own or binding_id in keyed:
                continue
            side_id = binding_id.split(".", 1)[1]
            named = ", ".join(f"filter.{side.id}" for side in sides if side.key) or "none"
            why = "has no key to remap" if any(side.id == side_id for side in sides) else "has no side"
            problems.append(f"{self.path}:{self.lines.get(binding_id, '?')}: {binding_id}: this briefing {why} "
                            f"{side_id!r}; the side filters it has: {named}")
        return problems


def valid_key(key: str) -> bool:
    if len(key) == 1 and key.isprintable():
        return True
    base = key
    while base.startswith(MODIFIERS):
        base = base.split("+", 1)[1]
    return base in KEY_NAMES or (len(base) == 1 and base.isprintable())


def binding_ids() -> set[str]:
    """Every binding id of the dashboard's screens, panes and widgets, with the bundled sides' filters (a
    folder's own sides add filter.<side id>: see `side_filter_id`)."""
    from briefing.load.sides import bundled_sides

    ids = {binding.id for binding in dashboard_bindings() if binding.id}
    return ids | {f"filter.{side.id}" for side in bundled_sides() if side.key}


def dashboard_bindings() -> Iterator[Binding]:
    """Every Binding that the dashboard's screens, panes and widgets declare (not the added side filters)."""
    import briefing.tui.app  # noqa: F401 - every class with bindings is imported from here

    todo = [DOMNode]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("briefing."):
                yield from (b for b in sub.__dict__.get("BINDINGS", []) if isinstance(b, Binding))


#: The filter of a side a folder names in its sides.toml ("filter.iran"): remappable, though no bundled side.
_SIDE_FILTER = re.compile(r"filter\.[a-z0-9_-]+")


def side_filter_id(binding_id: str) -> bool:
    return _SIDE_FILTER.fullmatch(binding_id) is not None


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(r'^\s*(?:"|\')?' + re.escape(key) + r'(?:"|\')?\s*=')
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    config = Config(path)
    if not path.is_file():
        return config
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        config.problems.append(f"{where}: cannot read it ({error}); the default keys apply")
        return config
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"at line (\d+)", str(error))
        config.problems.append(f"{where}:{line.group(1) if line else '?'}: not valid TOML ({error}); "
                               "the default keys apply")
        return config
    for name in data:
        if name != "keymap":
            config.problems.append(f"{where}:{_line_of(text, name) or _header_line(text, name) or '?'}: "
                                   f"unknown setting {name!r} (known: [keymap])")
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict):
        config.problems.append(f"{where}:{_line_of(text, 'keymap') or '?'}: keymap must be a table: [keymap]")
        return config
    known = binding_ids()
    for binding_id, keys in keymap.items():
        line = _line_of(text, binding_id) or "?"
        if binding_id not in known and not side_filter_id(binding_id):
            near = difflib.get_close_matches(binding_id, sorted(known), n=3, cutoff=0.6)
            hint = f" (did you mean {', '.join(near)}?)" if near else " (the README lists the ids)"
            config.problems.append(f"{where}:{line}: unknown binding id {binding_id!r}{hint}")
        elif not isinstance(keys, str) or not keys.strip():
            config.problems.append(f"{where}:{line}: {binding_id}: keys must be a string, e.g. \"b\" or \"b,ctrl+b\"")
        elif bad := [k for k in keys.split(",") if not valid_key(k.strip())]:
            config.problems.append(f"{where}:{line}: {binding_id}: no such key {bad[0].strip()!r} "
                                   "(write a character, or a name such as escape, pageup, ctrl+b)")
        else:
            config.keymap[binding_id] = ",".join(k.strip() for k in keys.split(","))
            if isinstance(line, int):
                config.lines[binding_id] = line
    return config


def _header_line(text: str, name: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*\[+\s*" + re.escape(name) + r"\s*\]", line):
            return number
    return None
