"""The screens of the app, one module each: products (grid + editor), producers, motifs,
permits, catalogs; shared pieces for record pages in `records`."""
