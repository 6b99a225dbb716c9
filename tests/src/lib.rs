//! Shared helpers for pyc's end-to-end test runners (in `tests/tests/`).
