"""Qt item models over operations: the paged product list and a product's photo strip."""
