"""Run a command in a pseudo-terminal, as a user at a real terminal would (stdout and stderr are ttys)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time


def run_in_pty(argv: list[str], cwd: str | os.PathLike | None = None, env: dict[str, str] | None = None,
               timeout: float = 300) -> tuple[int, str]:
    """The exit code and everything the command wrote to its terminal (stdout and stderr together)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the terminal's last writer has gone
                    break
                if not data:
                    break
                chunks.append(data)
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")
