"""``ReplyOrder``: one person's replies leave in arrival order, other people never wait."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.channels.order import ReplyOrder


async def _value(value: int) -> int:
    return value


async def _broken() -> int:
    raise RuntimeError("handling failed")


async def test_a_failed_event_does_not_let_the_next_reply_jump_the_line() -> None:
    order = ReplyOrder()
    sent: list[tuple[str, int]] = []
    gate = asyncio.Event()

    async def slow(value: int) -> None:
        await gate.wait()
        sent.append(("anna", value))

    def send(person: str) -> Callable[[int], Awaitable[None]]:
        async def go(value: int) -> None:
            sent.append((person, value))

        return go

    first = asyncio.create_task(order.run("anna", _value(1), slow))
    second = asyncio.create_task(order.run("anna", _broken(), send("anna")))
    third = asyncio.create_task(order.run("anna", _value(3), send("anna")))
    other = asyncio.create_task(order.run("ben", _value(7), send("ben")))
    await other
    with pytest.raises(RuntimeError):
        await second
    await asyncio.sleep(0.05)
    assert sent == [("ben", 7)]  # Anna's third reply waits for her first, Ben waits for no one

    gate.set()
    await asyncio.gather(first, third)
    assert sent == [("ben", 7), ("anna", 1), ("anna", 3)]
    assert len(order) == 0  # nobody is remembered once their replies are out
