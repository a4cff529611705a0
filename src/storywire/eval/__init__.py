"""Evaluation: dataset loading and clustering metrics."""
