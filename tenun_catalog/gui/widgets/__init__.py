"""Reusable widgets: field editors and forms built from FieldSpecs, product cards, the photo
strip, status chips and empty states."""
