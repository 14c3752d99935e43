"""The four panes. Each posts messages up; the app calls methods down. No pane touches another."""
