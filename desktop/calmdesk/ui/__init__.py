"""Qt widgets and thin Qt item models over core objects."""
