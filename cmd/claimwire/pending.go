package main

// TEMPORARY: commands whose implementations are being merged.

import (
	"context"
	"errors"
	"io"
)

var errPending = errors.New("not built yet")

func evalClaimsCmd(context.Context, []string, io.Writer, io.Writer) error   { return errPending }
func evalTimexCmd(context.Context, []string, io.Writer, io.Writer) error    { return errPending }
func benchClaimsCmd(context.Context, []string, io.Writer, io.Writer) error  { return errPending }
func demoCmd(context.Context, []string, io.Writer, io.Writer) error         { return errPending }
