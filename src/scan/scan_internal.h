/*
 * scan_internal.h: what the files of src/scan/ share.
 */
#ifndef SHUNT_SCAN_INTERNAL_H
#define SHUNT_SCAN_INTERNAL_H

#include "scan/scan.h"

/* Runs `len` bytes (up to 15) once in a forked child, single-stepped, and
 * returns how the CPU ended it: 0 if it ran (*length is then its length),
 * else the signal its fault gives (probe.c). */
int scan_probe_cpu(const uint8_t *bytes, size_t len, uint8_t *length);

#endif
