"""The bundled matrix on a folder about talks the US, Europe and Russia hold over a third country.

Written for this test: invented prose (no one said or wrote these words). The US, Britain, France, Germany and
Russia are all named, Ukraine never, and Venezuela more often than Russia: another story, whose sanctions are not
"Sanctions on Russia are eased" (the seventh session's blind folder on the UN sanctions on Iran read them so).
"""

from __future__ import annotations

from pathlib import Path

from briefing.export import to_markdown
from briefing.load import load_briefing
from tests.helpers import write_folder

THIRD = {
    "01_london.txt": "Europeans move on sanctions\n\nLONDON, August 28, 2025 — Britain, France and Germany asked the "
                     "United Nations to restore sanctions on Venezuela over its election. Venezuela called the move "
                     "illegal, and Venezuelan officials said Caracas would answer. Russia backed Venezuela's "
                     "position.\n\nThe United States supported the European decision and urged Venezuela to "
                     "negotiate. Washington said it would not lift sanctions before a new vote.\n",
    "02_caracas.txt": "Caracas defiant\n\nCARACAS, September 2, 2025 — Venezuela's foreign minister said the "
                      "sanctions would not change Venezuelan policy. Russia said it opposed new sanctions on "
                      "Venezuela, and the White House said Washington would lift sanctions if Venezuela held a "
                      "new vote.\n",
}


def test_talks_over_a_third_country_do_not_get_this_storys_matrix(tmp_path: Path) -> None:
    briefing = load_briefing(write_folder(tmp_path, THIRD), use_cache=False)
    assert briefing.negotiating_sides == () and briefing.positions == ()  # was: US, Russia on easing sanctions
    assert "This story's matrix does not fit these articles" in to_markdown(briefing)
