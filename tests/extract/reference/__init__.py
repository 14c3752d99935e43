"""The extractors as they were before they were made faster (commit 1da9eb4), kept verbatim as the
reference the fast ones must agree with exactly (tests/extract/test_fast_text.py and
test_fast_cross_source.py)."""
