"""The registry's demo: the join and recognitions pages, areas, host organisations, volunteers, hours, awards."""
