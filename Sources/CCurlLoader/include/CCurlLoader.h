// libcurl's functions, loaded the first time Foundation's URLSession calls one: see curl_loader.c.
// (Nothing to import: the functions keep libcurl's own names, which FoundationNetworking links to.)
#ifndef CHATTUTOR_CURL_LOADER_H
#define CHATTUTOR_CURL_LOADER_H
#endif
