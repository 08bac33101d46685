// The thin layer that owns the terminal through ncurses.
