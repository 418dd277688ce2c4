"""Benchmark for the reading room: a synthetic archive generator and the measuring harness."""
