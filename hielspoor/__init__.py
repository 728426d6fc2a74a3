"""Hielspoor: an evidence-based interactive course on plantar heel pain."""

__version__ = "0.1.0"
