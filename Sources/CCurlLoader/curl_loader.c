// libcurl loaded when a model is first reached, not when chattutor starts.
//
// The release chattutor links Foundation statically (Package.swift), and FoundationNetworking's
// URLSession is built on libcurl. Linked as a shared library, libcurl.so.4 brings about thirty
// more (TLS, Kerberos, LDAP, SSH, IDN, compression...) that the dynamic loader maps and
// relocates at every start: measured on the chat's start, a fifth of the CPU time to the first
// frame and 5.8 MB of its resident memory, for a library only `--llm` uses. These functions stand
// in for the ones FoundationNetworking calls: the first call opens libcurl.so.4 and each then
// forwards to the real function. Without libcurl on the machine the chat still starts; reaching
// a model says what to install and exits (atexit restores the terminal first).
//
// Debug builds link Foundation as shared libraries, which load libcurl themselves; these
// functions then forward to that copy.
//
// The variadic three (curl_easy_setopt, curl_easy_getinfo, curl_multi_setopt) take exactly one
// argument after the option: a long, a curl_off_t, a data or function pointer. On x86-64 and
// AArch64 Linux each travels in one 64-bit general register, so it is read and passed on as a
// pointer-sized integer.

#include "CCurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *curl_library;
static pthread_once_t curl_library_once = PTHREAD_ONCE_INIT;

static void open_curl_library(void) { curl_library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL); }

static int curl_available(void) {
    pthread_once(&curl_library_once, open_curl_library);
    return curl_library != NULL;
}

/// The real function `name`; exits saying what to install when libcurl is missing.
static void *curl_function(const char *name) {
    if (curl_available()) {
        void *function = dlsym(curl_library, name);
        if (function != NULL) return function;
    }
    fprintf(stderr,
            "chattutor: reaching a model needs libcurl (libcurl.so.4 with %s), which cannot be loaded: "
            "install the libcurl4 package\n",
            name);
    exit(69);
}

// Each function looks its target up once; racing threads store the same pointer.
#define FORWARD(name, type)                                                \
    static __typeof__(type) name##_real;                                   \
    __typeof__(type) real = __atomic_load_n(&name##_real, __ATOMIC_ACQUIRE); \
    if (real == NULL) {                                                    \
        real = (__typeof__(type))curl_function(#name);                     \
        __atomic_store_n(&name##_real, real, __ATOMIC_RELEASE);            \
    }

// libcurl's handles and enums, as the symbols need them (no curl headers are installed).
typedef void CURL;
typedef void CURLM;
typedef void CURLU;
typedef struct curl_slist curl_slist;

void curl_easy_cleanup(CURL *handle) {
    FORWARD(curl_easy_cleanup, void (*)(CURL *));
    real(handle);
}

int curl_easy_getinfo(CURL *handle, int info, ...) {
    FORWARD(curl_easy_getinfo, int (*)(CURL *, int, ...));
    va_list arguments;
    va_start(arguments, info);
    void *pointer = va_arg(arguments, void *);
    va_end(arguments);
    return real(handle, info, pointer);
}

CURL *curl_easy_init(void) {
    FORWARD(curl_easy_init, CURL * (*)(void));
    return real();
}

int curl_easy_pause(CURL *handle, int bitmask) {
    FORWARD(curl_easy_pause, int (*)(CURL *, int));
    return real(handle, bitmask);
}

int curl_easy_setopt(CURL *handle, int option, ...) {
    FORWARD(curl_easy_setopt, int (*)(CURL *, int, ...));
    va_list arguments;
    va_start(arguments, option);
    intptr_t value = va_arg(arguments, intptr_t);
    va_end(arguments);
    return real(handle, option, value);
}

const char *curl_easy_strerror(int code) {
    FORWARD(curl_easy_strerror, const char *(*)(int));
    return real(code);
}

void curl_free(void *pointer) {
    FORWARD(curl_free, void (*)(void *));
    real(pointer);
}

int curl_global_init(long flags) {
    FORWARD(curl_global_init, int (*)(long));
    return real(flags);
}

int curl_multi_add_handle(CURLM *multi, CURL *handle) {
    FORWARD(curl_multi_add_handle, int (*)(CURLM *, CURL *));
    return real(multi, handle);
}

int curl_multi_assign(CURLM *multi, int socket, void *pointer) {
    FORWARD(curl_multi_assign, int (*)(CURLM *, int, void *));
    return real(multi, socket, pointer);
}

int curl_multi_cleanup(CURLM *multi) {
    FORWARD(curl_multi_cleanup, int (*)(CURLM *));
    return real(multi);
}

void *curl_multi_info_read(CURLM *multi, int *messagesInQueue) {
    FORWARD(curl_multi_info_read, void *(*)(CURLM *, int *));
    return real(multi, messagesInQueue);
}

CURLM *curl_multi_init(void) {
    FORWARD(curl_multi_init, CURLM * (*)(void));
    return real();
}

int curl_multi_remove_handle(CURLM *multi, CURL *handle) {
    FORWARD(curl_multi_remove_handle, int (*)(CURLM *, CURL *));
    return real(multi, handle);
}

int curl_multi_setopt(CURLM *multi, int option, ...) {
    FORWARD(curl_multi_setopt, int (*)(CURLM *, int, ...));
    va_list arguments;
    va_start(arguments, option);
    intptr_t value = va_arg(arguments, intptr_t);
    va_end(arguments);
    return real(multi, option, value);
}

int curl_multi_socket_action(CURLM *multi, int socket, int events, int *runningHandles) {
    FORWARD(curl_multi_socket_action, int (*)(CURLM *, int, int, int *));
    return real(multi, socket, events, runningHandles);
}

curl_slist *curl_slist_append(curl_slist *list, const char *text) {
    FORWARD(curl_slist_append, curl_slist * (*)(curl_slist *, const char *));
    return real(list, text);
}

void curl_slist_free_all(curl_slist *list) {
    FORWARD(curl_slist_free_all, void (*)(curl_slist *));
    real(list);
}

CURLU *curl_url(void) {
    FORWARD(curl_url, CURLU * (*)(void));
    return real();
}

int curl_url_get(const CURLU *url, int part, char **text, unsigned int flags) {
    FORWARD(curl_url_get, int (*)(const CURLU *, int, char **, unsigned int));
    return real(url, part, text, flags);
}

int curl_url_set(CURLU *url, int part, const char *text, unsigned int flags) {
    FORWARD(curl_url_set, int (*)(CURLU *, int, const char *, unsigned int));
    return real(url, part, text, flags);
}

char *curl_version(void) {
    FORWARD(curl_version, char *(*)(void));
    return real();
}

void *curl_version_info(int version) {
    FORWARD(curl_version_info, void *(*)(int));
    return real(version);
}
