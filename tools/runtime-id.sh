#!/usr/bin/env bash
# Prints the .NET runtime identifier this machine's binaries are published for (linux-x64, linux-arm64), or fails
# when there is none: the native worker (publish-worker.sh) and the ReadyToRun copy (precompile.sh) are then skipped.
case "$(uname -m)" in
  x86_64) echo linux-x64 ;;
  aarch64|arm64) echo linux-arm64 ;;
  *) exit 1 ;;
esac
