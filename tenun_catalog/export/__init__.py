"""Writing outputs to disk: PDF catalog, HTML site, price list (and later labels and packages)."""
