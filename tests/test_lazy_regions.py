"""A warm load makes a source's regions on first use (briefing.load.codec_lazy): the source pane, `check` and the
exports read them, the panes that open the briefing do not. Each stored region is still type-checked at load:
a cache whose regions do not check out is refused then, never believed later."""

from __future__ import annotations

import marshal

import pytest

from briefing.load.codec import decode, encode
from briefing.load.codec_models import _TAG
from briefing.model import Briefing, Region, Source
from briefing.model.base import Lazy

# (invented text)
TEXT = "Harbour board delays the ferry vote.\nSubscribe for more.\nThe board met on Tuesday and adjourned.\n"


def _briefing() -> Briefing:
    start = TEXT.index("Subscribe")
    regions = (Region(kind="boilerplate", label="subscription prompt", start=start, end=start + 19,
                      origin="auto", confidence=0.8, rule="boiler:subscribe"),)
    return Briefing(data_dir="folder", sources=(Source(file="a.txt", text=TEXT, regions=regions),
                                                Source(file="b.txt", text="No furniture here.\n")))


def _parts() -> list:
    """The payload as the cache file gives it back (each part through marshal)."""
    return [marshal.loads(marshal.dumps(part)) for part in encode(_briefing())]


def _region_plain(parts: list) -> list:
    """The stored [tag, field values...] of a.txt's one region (sources are the first collection)."""
    source = parts[2][0]
    return next(value for value in source if type(value) is tuple and value and type(value[0]) is list)[0]


def test_a_warm_load_makes_regions_only_when_read() -> None:
    read = decode(iter(_parts()), {"a.txt": TEXT, "b.txt": "No furniture here.\n"}, "folder")
    first = read.sources[0]
    assert isinstance(first.__dict__["regions"], Lazy)  # not made to open the briefing
    assert first.regions == _briefing().sources[0].regions  # the same records once read
    assert not isinstance(first.__dict__["regions"], Lazy)
    assert read.sources[1].regions == ()
    assert first.in_region(TEXT.index("Subscribe") + 2, TEXT.index("Subscribe") + 5)
    # exports and the cache's own encoder see the regions, made or not
    assert read.sources[0].model_dump()["regions"][0]["rule"] == "boiler:subscribe"
    again = decode(iter(_parts()), {"a.txt": TEXT, "b.txt": "No furniture here.\n"}, "folder")
    assert [marshal.loads(marshal.dumps(part)) for part in encode(again)] == _parts()


@pytest.mark.parametrize("change", [
    lambda region: region.__setitem__(3, "12"),  # a start that is not a number
    lambda region: region.__setitem__(2, 7),  # a label that is not text
    lambda region: region.pop(),  # a field missing
    lambda region: region.__setitem__(0, _TAG[Source]),  # not a region at all
])
def test_a_region_that_does_not_check_out_is_refused_at_load(change) -> None:  # noqa: ANN001
    parts = _parts()
    change(_region_plain(parts))
    with pytest.raises((TypeError, ValueError)):
        decode(iter(parts), {"a.txt": TEXT, "b.txt": "No furniture here.\n"}, "folder")
