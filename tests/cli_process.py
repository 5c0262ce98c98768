"""Running the ``mianjing`` command as a user does: a real process with its own data directory."""

import os
import subprocess
import sys


def run(*args, home, input=None, check=False):
    env = dict(os.environ, MIANJING_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "mianjing.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300, input=input, check=check)
