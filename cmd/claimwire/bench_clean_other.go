//go:build !unix

package main

import "time"

// benchCPUTime is unavailable on this platform; bench clean reports wall
// time only.
func benchCPUTime() (time.Duration, bool) { return 0, false }
