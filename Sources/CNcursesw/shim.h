// The parts of ncursesw (wide-character build) that Swift cannot import directly:
// macros, globals and variadic functions, wrapped in small inline functions.
#ifndef CHATTUTOR_NCURSES_SHIM_H
#define CHATTUTOR_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's Glibc module does not set.
extern int wcwidth(wchar_t character);

/// A new screen on standard output and input for terminal type `type` ($TERM when NULL).
/// Unlike initscr, returns NULL (and prints nothing) when the type is unknown or unusable.
static inline SCREEN *ct_newterm(const char *type) {
    return newterm(type, stdout, stdin);
}

/// 1 when terminfo knows `type` and it can move the cursor, 0 when it knows it but it
/// cannot (TERM=dumb), -1 when it does not know it. Writes nothing and leaves no terminal loaded.
static inline int ct_terminal_support(const char *type) {
    int status = 0;
    if (setupterm(type, fileno(stdout), &status) != OK) return -1;
    const char *cursorAddress = tigetstr("cup");
    int usable = cursorAddress != NULL && cursorAddress != (const char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : 0;
}

static inline WINDOW *ct_stdscr(void) { return stdscr; }
static inline int ct_lines(void) { return LINES; }
static inline int ct_cols(void) { return COLS; }
static inline int ct_colors(void) { return COLORS; }
static inline int ct_color_pairs(void) { return COLOR_PAIRS; }
static inline int ct_key_resize(void) { return KEY_RESIZE; }

static inline attr_t ct_a_normal(void) { return A_NORMAL; }
static inline attr_t ct_a_bold(void) { return A_BOLD; }
static inline attr_t ct_a_dim(void) { return A_DIM; }
static inline attr_t ct_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ct_a_reverse(void) { return A_REVERSE; }
static inline attr_t ct_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/// The width ncurses gives a code point (glibc's wcwidth): -1, 0, 1 or 2.
static inline int ct_wcwidth(wchar_t character) { return wcwidth(character); }

/// Draws one grapheme (a spacing character and up to four combining ones) at row, column.
/// `pair` goes through setcchar's extension argument, so pairs above 32767 work too.
static inline int ct_put_cell(int row, int column, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, 0, &pair) != OK) return ERR;
    return mvwadd_wch(stdscr, row, column, &cell);
}

/// The terminal's size from the kernel; -1 when it cannot tell.
// (term.h defines `lines` and `columns` as macros, hence the longer names.)
static inline int ct_window_size(int fd, int *rowCount, int *columnCount) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rowCount = size.ws_row;
    *columnCount = size.ws_col;
    return 0;
}

#endif
