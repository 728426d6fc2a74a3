"""Safe file writing for the learner's own files: atomic, locked, formula-free CSV cells.

Three tools, used by every module that saves a learner's file (diary, plan):

- :func:`atomic_write_bytes` writes a temporary file in the target's folder, flushes
  it to disk (``fsync``), gives it the old file's permissions and then swaps it in
  with :func:`os.replace`. A crash, a full disk or a read-only folder leaves the old
  file exactly as it was. A path that is a symbolic link (for example into a synced
  folder) stays a link: the file it points to is replaced.
- :func:`file_lock` and :func:`update_file` serialise writers (two processes, two
  notebook tabs) with the `filelock <https://py-filelock.readthedocs.io>`_ package, so
  a read-modify-write never loses another writer's change.
- :func:`neutralise_formula` and :func:`restore_formula` protect spreadsheet users
  against "CSV injection" (OWASP): a text cell that starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return gets a leading apostrophe on write, so Excel and
  LibreOffice show it as text instead of running it; the course's own reader removes
  exactly that apostrophe, so a round trip gives back what the person typed.

Failures are raised as :class:`SaveError` with a Dutch message that can be shown as is.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock

from hielspoor.validation import InputError

LOCK_TIMEOUT_S = 10.0
"""Seconds a writer waits for another writer of the same file before giving up."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel or LibreOffice treat a CSV cell as a formula (OWASP)."""

_QUOTE = "'"


class SaveError(InputError):
    """A file could not be saved; the message is Dutch and the old file is intact."""


def real_path(path: str | os.PathLike[str]) -> Path:
    """Return the file a path finally points to (symbolic links followed, made absolute).

    Examples
    --------
    >>> real_path("a/../b.csv").name
    'b.csv'
    """
    return Path(os.path.realpath(path))


def save_error(error: OSError, path: str | os.PathLike[str]) -> SaveError:
    """Turn an :class:`OSError` from saving ``path`` into a Dutch :class:`SaveError`.

    Examples
    --------
    >>> print(save_error(OSError(28, "No space left on device"), "dagboek.csv"))
    Niet opgeslagen: de schijf is vol. dagboek.csv is niet veranderd.
    """
    name = Path(path).name
    kept = f"{name} is niet veranderd."
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "de schijf is vol"
    elif code == errno.EROFS:
        reason = "de schijf of map is alleen-lezen"
    elif code in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        reason = (
            "geen toestemming om in deze map of dit bestand te schrijven (alleen-lezen, "
            "of het bestand is geopend in een ander programma, zoals Excel)"
        )
    elif code == errno.ENOENT:
        reason = "de map bestaat niet"
    elif code == errno.EISDIR or isinstance(error, IsADirectoryError):
        reason = f"{name} is een map, geen bestand"
    else:
        reason = f"het besturingssysteem meldt fout {code or '?'}"
    return SaveError(f"Niet opgeslagen: {reason}. {kept}")


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, through a symbolic link, keeping the file mode.

    Parameters
    ----------
    path
        Target file. If it is a symbolic link, the file it points to is replaced and
        the link stays. The folder must exist.
    data
        The complete new content.

    Returns
    -------
    Path
        The file actually written (the link's target for a link).

    Raises
    ------
    SaveError
        Dutch message (full disk, read-only folder, no permission, ...); the old file
        is untouched and no temporary file is left behind.
    """
    target = real_path(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise save_error(error, path) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as error:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise save_error(error, path) from error
        raise
    return target


@contextmanager
def file_lock(path: str | os.PathLike[str], *, timeout_s: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (its link target) against other writers.

    The lock is a hidden file ``.<name>.lock`` next to the real file. It is re-entrant
    within one thread, so a locked function may call another that locks the same file.
    ``timeout_s`` defaults to :data:`LOCK_TIMEOUT_S`.

    Raises
    ------
    SaveError
        When another writer holds the lock longer than ``timeout_s`` seconds, or the
        lock file cannot be made (read-only folder).
    """
    target = real_path(path)
    timeout_s = LOCK_TIMEOUT_S if timeout_s is None else timeout_s
    lock = filelock.FileLock(target.parent / f".{target.name}.lock", is_singleton=True)
    try:
        lock.acquire(timeout=timeout_s)
    except filelock.Timeout:
        raise SaveError(
            f"Niet opgeslagen: {Path(path).name} is in gebruik door een ander programma of "
            f"tabblad (na {timeout_s:g} seconden wachten). Probeer het zo nog eens."
        ) from None
    except OSError as error:
        raise save_error(error, path) from error
    try:
        yield
    finally:
        lock.release()


def update_file(
    path: str | os.PathLike[str],
    change: Callable[[bytes | None], bytes],
    *,
    timeout_s: float | None = None,
) -> bytes:
    """Locked read-modify-write: ``change(old bytes or None)`` gives the new content.

    The file is read again after the lock is taken, so a change made by another
    writer in the meantime is seen by ``change`` and not overwritten. An exception
    raised by ``change`` leaves the file untouched.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "log.txt"
    >>> _ = update_file(file, lambda old: (old or b"") + b"a")
    >>> update_file(file, lambda old: (old or b"") + b"b")
    b'ab'
    """
    with file_lock(path, timeout_s=timeout_s):
        try:
            old: bytes | None = Path(path).read_bytes()
        except FileNotFoundError:
            old = None
        new = change(old)
        atomic_write_bytes(path, new)
    return new


def neutralise_formula(text: str) -> str:
    r"""Prefix an apostrophe to a CSV text cell that a spreadsheet would run as a formula.

    A cell that starts with one of :data:`FORMULA_TRIGGERS` gets ``'`` in front. A cell
    that itself starts with ``'`` followed by a trigger or another ``'`` also gets one,
    so that :func:`restore_formula` gives back exactly the original text.

    Examples
    --------
    >>> neutralise_formula("=HYPERLINK(1)"), neutralise_formula("-5 graden")
    ("'=HYPERLINK(1)", "'-5 graden")
    >>> neutralise_formula("'s ochtends"), neutralise_formula("'=1")
    ("'s ochtends", "''=1")
    """
    if text.startswith(FORMULA_TRIGGERS) or (
        text.startswith(_QUOTE) and text[1:2] in (*FORMULA_TRIGGERS, _QUOTE)
    ):
        return _QUOTE + text
    return text


def restore_formula(text: str) -> str:
    r"""Undo :func:`neutralise_formula`: drop the one apostrophe it adds, nothing else.

    Examples
    --------
    >>> restore_formula("'=HYPERLINK(1)"), restore_formula("''=1"), restore_formula("'s avonds")
    ('=HYPERLINK(1)', "'=1", "'s avonds")
    """
    if text.startswith(_QUOTE) and text[1:2] in (*FORMULA_TRIGGERS, _QUOTE):
        return text[1:]
    return text


__all__ = [
    "FORMULA_TRIGGERS",
    "LOCK_TIMEOUT_S",
    "SaveError",
    "atomic_write_bytes",
    "file_lock",
    "neutralise_formula",
    "real_path",
    "restore_formula",
    "save_error",
    "update_file",
]
