"""The package's public face: the functions the issues name, and an import that does nothing else."""

from __future__ import annotations

import subprocess
import sys


def test_public_functions_are_importable_from_the_package() -> None:
    import helpers

    for name in ("load_sentences", "code_themes", "find_actors", "add_sentiment", "relation_tone", "code_sentences"):
        assert callable(getattr(helpers, name)), name
    assert helpers.code_themes("Russia and China hold joint exercises.") >= {"cooperation", "military_security"}
    assert helpers.find_actors("Moscow and Washington") == {"RU", "US"}
    assert helpers.relation_tone("Relations will remain tense.") == "negative"


def test_import_reads_no_file_and_sets_no_style() -> None:
    """Importing helpers must not change matplotlib's style or open the package's data files."""
    code = (
        "import builtins, io, matplotlib\n"
        "before = dict(matplotlib.rcParams)\n"
        "opened = []\n"
        "real_open = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "import helpers\n"
        "builtins.open = io.open = real_open\n"
        "assert dict(matplotlib.rcParams) == before, 'rcParams changed on import'\n"
        "ours = [f for f in opened if '/helpers/' in f or '/seeds/' in f]\n"
        "assert not ours, ours\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_nothing_needs_a_download(tmp_path) -> None:
    """With NLTK pointed at an empty folder and sockets disabled, the whole pipeline still runs."""
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network use attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "import helpers\n"
        "coded = helpers.code_sentences(helpers.load_sentences())\n"
        "assert len(coded) > 150 and coded['polarity'].notna().all()\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
