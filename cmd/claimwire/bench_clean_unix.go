//go:build unix

package main

import (
	"syscall"
	"time"
)

// benchCPUTime is the CPU time (user + system) this process has used, so
// that throughput on a shared machine counts only our own work.
func benchCPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
