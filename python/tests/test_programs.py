# SPDX-License-Identifier: Apache-2.0
"""Programs as pyfora users wrote them: their output through Fora equals CPython's running the
same blocks locally (the with-statement replaced by ``if True:``)."""
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

from tests import support

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(HERE)


def _run(path, url):
    env = dict(os.environ, FORA_URL=url)
    # the programs' own modules (programs/lib) are importable, as a user's are beside their script
    env["PYTHONPATH"] = os.pathsep.join([PACKAGE_ROOT, os.path.join(HERE, "programs", "lib"), env.get("PYTHONPATH", "")])
    p = subprocess.run([sys.executable, path], env=env, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


class ProgramsTest(unittest.TestCase):
    def test_programs_match_cpython(self):
        url = support.server_url()
        if url is None:
            self.skipTest("set FORA_URL (or FORA_LAUNCHER)")
        programs = sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
        self.assertTrue(programs)
        for path in programs:
            with self.subTest(program=os.path.basename(path)):
                with open(path) as f:
                    src = f.read()
                local_src = re.sub(r"with executor\.remotely[^\n]*:", "if True:", src)
                with tempfile.TemporaryDirectory() as d:
                    local = os.path.join(d, os.path.basename(path))
                    with open(local, "w") as f:
                        f.write(local_src)
                    want = _run(local, url)
                got = _run(path, url)
                self.assertEqual(want[0], 0, want[2])
                self.assertEqual(got[0], 0, got[2])
                self.assertEqual(got[1], want[1])


if __name__ == "__main__":
    unittest.main()
