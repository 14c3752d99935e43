"""Helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path


def write_folder(root: Path, files: dict[str, bytes | str], **toml: str) -> Path:
    """A briefing folder with the given source files and TOML files (name without .toml)."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / "sources" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, text in toml.items():
        (root / f"{name}.toml").write_text(text, encoding="utf-8")
    return root
