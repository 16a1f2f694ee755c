"""Tenun Catalog: catalog builder for Tenun NTT and Sei producers."""

__version__ = "0.1.0"
