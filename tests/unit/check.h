/*
 * check.h: the unit tests' one assertion macro. A failed CHECK prints the
 * file, line and expression and marks the test failed; the test's main
 * returns check_failures != 0.
 */
#ifndef SHUNT_TEST_CHECK_H
#define SHUNT_TEST_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
            check_failures++;                                                                      \
        }                                                                                          \
    } while (0)

#endif
