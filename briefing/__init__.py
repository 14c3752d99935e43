"""briefing: a terminal briefing dashboard where every claim carries its evidence."""

__version__ = "0.1.0"
