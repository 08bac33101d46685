// The parts of ncursesw (wide-character build) that Swift cannot import directly:
// macros, globals and variadic functions, wrapped in small inline functions.
#ifndef CHATTUTOR_NCURSES_SHIM_H
#define CHATTUTOR_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <wchar.h>

static inline SCREEN *ct_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline WINDOW *ct_stdscr(void) { return stdscr; }
static inline int ct_colors(void) { return COLORS; }
static inline int ct_lines(void) { return LINES; }
static inline int ct_cols(void) { return COLS; }
static inline int ct_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t ct_a_normal(void) { return A_NORMAL; }
static inline attr_t ct_a_bold(void) { return A_BOLD; }
static inline attr_t ct_a_dim(void) { return A_DIM; }
static inline attr_t ct_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ct_a_reverse(void) { return A_REVERSE; }

/// Draws one grapheme (a spacing character and up to four combining ones) at row, column.
static inline int ct_put_cell(int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, row, column, &cell);
}

/// Writes raw bytes (terminal modes ncurses does not manage) and flushes them.
static inline void ct_emit(const char *sequence) {
    fputs(sequence, stdout);
    fflush(stdout);
}

/// The terminal's size from the kernel; -1 when it cannot tell.
static inline int ct_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
