// The Hunspell C API, as Debian's libhunspell-dev installs it.
#include <hunspell/hunspell.h>
