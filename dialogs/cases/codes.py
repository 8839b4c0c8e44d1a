"""Access codes: kept only as salted argon2 hashes, checked in a worker thread.

argon2 is slow on purpose (tens of milliseconds, tens of MiB), so a stolen table does
not give the codes away, and so it must not run on the event loop, where it would
stall every other conversation. A look-up of an unknown number checks the typed code
against a dummy hash: a wrong number and a wrong code cost the same time, so timing
does not tell which of the two was wrong.
"""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): a few tens of
# milliseconds a check on a server; argon2-cffi's default (64 MiB, 3 passes, 4 lanes) took
# 0.7 s a check on a busy two-core machine, which a nightly re-import of every case pays.
OWASP = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class CodeHasher:
    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or OWASP
        self._dummy: str | None = None

    async def hash(self, code: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, code)

    async def verify(self, code_hash: str | None, code: str) -> bool:
        """Whether ``code`` matches; with no hash, the same work against a dummy, then False."""
        if code_hash is None:
            if self._dummy is None:
                self._dummy = await self.hash("no case has this code")
            await asyncio.to_thread(self._check, self._dummy, code)
            return False
        return await asyncio.to_thread(self._check, code_hash, code)

    def _check(self, code_hash: str, code: str) -> bool:
        try:
            return self._hasher.verify(code_hash, code)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
