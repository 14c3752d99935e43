"""Names with no family name in them, for people.py: a Burmese name ("Min Aung Hlaing", "Thein Sein") is one
name of several syllables, and its last word alone is no one's surname (the text's own short forms, "Suu Kyi",
stay: people.py keeps what the text writes alone)."""

from __future__ import annotations

from briefing.load.extract.name_words import family_first

__all__ = ["burmese"]

#: The syllables Burmese names are made of, as English-language copy writes them.
_SYLLABLES = frozenset("""Aung San Suu Kyi Min Hlaing Thein Sein Tun Htun Kyaw Win Myint Soe Zaw Naing Than Thant
    Maung Myo Nyunt Shwe Khin Nyi Htay Oo Htin Lwin Wunna Tint Swe Phyo Hla Thura Zin Nanda Ye Lin Khaing Thu Moe
    Htet Wai Yan Naung Pyae Sone Myat Thet Kyaing Nay Pyi Hein Tin Mya Thida Cho Hsu Htoo Thwin Kyu Nwe""".split())


def burmese(name: tuple[str, ...]) -> bool:
    """Whether `name` is a Burmese name of two words or more: every word a Burmese syllable (and no family name
    put first, "Lin Min" is Chinese)."""
    return len(name) >= 2 and all(w in _SYLLABLES for w in name) and not family_first(name)
