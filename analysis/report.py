"""Placeholder: being written (see /work/CONTRACT.md)."""
